package id.kombel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs wrk (2 threads, or 1 for a single connection; 32 connections by default) replaying
 * a request file through {@code bench/requests.lua} (or {@code bench/once.lua}; both read
 * the file with {@code bench/requestfile.lua}).
 */
final class Wrk {

	/** What wrk measured; latencies in microseconds. */
	record Result(long requests, long durationMicros, long socketErrors, long p50, long p90, long p99, long max,
			Map<Integer, Long> statuses, long p95) {

		double perSecond() {
			return requests / (durationMicros / 1e6);
		}

		long count(int status) {
			return statuses.getOrDefault(status, 0L);
		}
	}

	private Wrk() {
	}

	static Result run(int port, Path requests, String duration) throws IOException, InterruptedException {
		return run(port, requests, duration, 32);
	}

	static Result run(int port, Path requests, String duration, int connections)
			throws IOException, InterruptedException {
		return run(port, requests, duration, connections, "requests.lua");
	}

	/**
	 * Each request of the file once ({@code bench/once.lua}): wrk stops when the list is
	 * used up or the duration is over, whichever comes first.
	 */
	static Result once(int port, Path requests, String duration) throws IOException, InterruptedException {
		return run(port, requests, duration, 32, "once.lua");
	}

	private static Result run(int port, Path requests, String duration, int connections, String scriptName)
			throws IOException, InterruptedException {
		Path scripts = Path.of("target/test-classes/bench").toAbsolutePath();
		ProcessBuilder command = new ProcessBuilder("wrk", "-t" + Math.min(2, connections), "-c" + connections,
				"-d" + duration, "--timeout", "5s", "-s", scripts.resolve(scriptName).toString(),
				"http://127.0.0.1:" + port, "--", requests.toAbsolutePath().toString())
			.redirectErrorStream(true);
		// both scripts require requestfile.lua, beside them
		command.environment().put("LUA_PATH", scripts + "/?.lua;;");
		Process wrk = command.start();
		String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (wrk.waitFor() != 0 || !output.contains("RESULT ")) {
			throw new IllegalStateException("wrk failed:\n" + output);
		}
		String json = output.substring(output.indexOf("RESULT ") + 7).lines().findFirst().orElseThrow();
		JsonNode r = JsonMapper.builder().build().readTree(json);
		Map<Integer, Long> statuses = new TreeMap<>();
		r.get("statuses").properties().forEach(e -> statuses.put(Integer.valueOf(e.getKey()), e.getValue().asLong()));
		return new Result(r.get("requests").asLong(), r.get("durationMicros").asLong(), r.get("socketErrors").asLong(),
				r.get("p50").asLong(), r.get("p90").asLong(), r.get("p99").asLong(), r.get("max").asLong(), statuses,
				r.path("p95").asLong());
	}

}
