package id.kombel.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/** The machine a benchmark ran on, in one line for the results. */
final class Machine {

	private Machine() {
	}

	static String describe(DataSource dataSource) {
		String cpu = "unknown CPU";
		try {
			cpu = Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(cpu);
		}
		catch (IOException ex) {
			// not Linux: leave it unknown
		}
		String database = "PostgreSQL";
		try (Connection c = dataSource.getConnection();
				Statement s = c.createStatement();
				ResultSet r = s.executeQuery("show server_version")) {
			r.next();
			database = "PostgreSQL " + r.getString(1);
		}
		catch (SQLException ex) {
			// keep the generic name
		}
		// the collector moves the tails most (docs/benchmarks.md, runs 35-39): say which
		// ran
		String collectors = String.join(" + ",
				ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList());
		return String.format(
				"%d cores (%s), %d GB RAM, Java %s (collectors: %s), %s on the same machine; app, database and wrk share the cores.",
				Runtime.getRuntime().availableProcessors(), cpu, memoryGb(), Runtime.version(), collectors, database);
	}

	private static long memoryGb() {
		try {
			return Files.readAllLines(Path.of("/proc/meminfo"))
				.stream()
				.filter(l -> l.startsWith("MemTotal"))
				.map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024)
				.findFirst()
				.orElse(0L);
		}
		catch (IOException ex) {
			return 0;
		}
	}

}
