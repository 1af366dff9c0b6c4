package id.kombel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The requests of {@code bench/startup.sh} (issue 17): the signed-in community page with
 * the national benchmark's spread traffic ({@link Traffic}, Zipf over all communities of
 * the dataset of {@link NationalDataset} in {@code KOMBEL_BENCH_DB_NAME}), one file to
 * measure ({@code startup-page.tsv}, cut into the seconds of the run) and one drawn apart
 * to bring a node to its steady state ({@code startup-warm.tsv}), and the bearer tokens
 * of the members they sign in as. Run by the script, not a test.
 */
final class StartupRequests {

	private StartupRequests() {
	}

	public static void main(String[] args) throws Exception {
		int scale = Integer.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_SCALE", "1"));
		String name = System.getenv().getOrDefault("KOMBEL_BENCH_DB_NAME", "kombel_bench_national");
		if (!name.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("KOMBEL_BENCH_DB_NAME must be a plain lower-case name: " + name);
		}
		String url = Harness.SERVER.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1");
		DriverManagerDataSource dataSource = new DriverManagerDataSource(url, Harness.USER, Harness.PASSWORD);
		NationalDataset.Size size = NationalDataset.Size.of(scale);
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			long communities = Harness.single(s, "select count(*) from community");
			if (communities != size.communities()) {
				throw new IllegalStateException(name + " holds " + communities + " communities, not the "
						+ size.communities() + " of scale " + scale + ": make it with bench/national-data.sh");
			}
		}
		Traffic traffic = new Traffic(size, new Traffic.Places(List.of(), List.of()));
		List<Integer> accounts = new ArrayList<>();
		Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/bench-startup"));
		Harness.write(dir, "startup-page", traffic.pages(new Random(2), 600_000, accounts));
		Harness.write(dir, "startup-warm", traffic.pages(new Random(1), 200_000, accounts));
		Harness.issueTokens(dataSource, accounts);
	}

}
