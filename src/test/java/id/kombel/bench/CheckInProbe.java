package id.kombel.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;

import javax.sql.DataSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How long a check-in takes to show in the figures: a member whose educator has not taken
 * part in 90 days checks in to an activity their facilitator opened, and the province's
 * summary is read every 50 ms until its members taking part count one more.
 */
final class CheckInProbe {

	private final DataSource dataSource;

	private final String base;

	private final HttpClient http = HttpClient.newHttpClient();

	private final JsonMapper json = JsonMapper.builder().build();

	private final Deque<long[]> members = new ArrayDeque<>();

	private String province;

	CheckInProbe(DataSource dataSource, int port) {
		this.dataSource = dataSource;
		this.base = "http://127.0.0.1:" + port;
	}

	/**
	 * Members (community, account, facilitator) of the province who have not taken part
	 * lately.
	 */
	void prepare(String province) throws Exception {
		this.province = province;
		try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
				select m.community_id, m.account_id, m.educator_id,
				  (select min(f.account_id) from mon_member f where f.community_id = m.community_id
				   and f.role = 'FACILITATOR') as facilitator
				from mon_member m where m.province_code = ? and m.role = 'MEMBER' and m.educator_id is not null
				and not exists (select 1 from mon_member x where x.educator_id = m.educator_id
				  and x.last_participated_at >= now() - interval '90 days')
				limit 16""")) {
			s.setString(1, province);
			// one educator may be a member of several communities: a second check-in of
			// the
			// same educator adds no one taking part, so each probe is another educator
			java.util.Set<Long> educators = new java.util.HashSet<>();
			try (ResultSet r = s.executeQuery()) {
				while (r.next() && members.size() < 4) {
					if (r.getLong(4) != 0 && r.getLong(4) != r.getLong(2) && educators.add(r.getLong(3))) {
						members.add(new long[] { r.getLong(1), r.getLong(2), r.getLong(4) });
					}
				}
			}
			for (long[] m : members) {
				MonitoringBenchmark.issueTokens(c, m[1], m[2]);
			}
		}
		if (members.isEmpty()) {
			throw new IllegalStateException("no member to check in in province " + province);
		}
	}

	/** Seconds from the check-in request until the figures show it. */
	double checkIn() throws Exception {
		long[] m = members.pop();
		long before = taking();
		OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Asia/Jakarta"))
			.truncatedTo(ChronoUnit.MINUTES)
			.minusMinutes(10);
		JsonNode activity = call("POST", "/api/v1/communities/" + m[0] + "/activities", m[2],
				"{\"title\":\"Diskusi\",\"role\":\"DISCUSSION\",\"mode\":\"ONLINE\","
						+ "\"meetingLink\":\"https://meet.google.com/abc-defg-hij\",\"startsAt\":\"" + start
						+ "\",\"endsAt\":\"" + start.plusHours(2) + "\"}");
		long id = activity.get("id").asLong();
		String code = call("GET", "/api/v1/activities/" + id, m[2], null).get("checkInCode").asString();
		before = taking();
		long t0 = System.nanoTime();
		call("POST", "/api/v1/activities/" + id + "/check-ins", m[1], "{\"code\":\"" + code + "\"}");
		while (taking() < before + 1) {
			if (System.nanoTime() - t0 > 60_000_000_000L) {
				throw new IllegalStateException("the check-in did not show within 60 s");
			}
			Thread.sleep(50);
		}
		return (System.nanoTime() - t0) / 1e9;
	}

	private long taking() throws Exception {
		return call("GET", "/api/v1/monitoring/summary?region=" + province, 1, null).get("educators")
			.get("activeMembers")
			.asLong();
	}

	private JsonNode call(String method, String path, long account, String body) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
			.header("Authorization", "Bearer mon-bench-" + account)
			.header("Content-Type", "application/json");
		b.method(method,
				body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() >= 300) {
			throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
		}
		return r.body().isBlank() ? null : json.readTree(r.body());
	}

}
