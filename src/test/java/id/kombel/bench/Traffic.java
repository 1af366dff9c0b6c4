package id.kombel.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Requests of the national benchmark, as {@code bench/requests.lua} replays them. A
 * community's popularity follows Zipf's law over all communities (rank r drawn with
 * weight 1/r, ranks shuffled over the ids, so the popular ones are anywhere): at scale 30
 * the 2,000 most popular take about 60 % of the traffic, the 20,000 of the snapshot cache
 * about 80 %, and a 30 s run opens tens of thousands of distinct communities. Each
 * request is signed in as one of the 15 members of the community it opens
 * ({@link NationalDataset}'s member formula).
 */
final class Traffic {

	/** The hot set: the most popular communities, drawn evenly. */
	static final int HOT = 2_000;

	private static final String[] LEVELS = { "PAUD", "TK", "SD", "SMP", "SMA", "SMK", "SLB" };

	/** Where the communities are, for the list filters. */
	record Places(List<String> provinces, List<String> regencies) {

		/** The provinces and regencies that have communities in the dataset. */
		static Places of(DataSource dataSource) throws SQLException {
			try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
				return new Places(codes(s, "province_code"), codes(s, "regency_code"));
			}
		}

		private static List<String> codes(Statement s, String column) throws SQLException {
			List<String> codes = new ArrayList<>();
			try (ResultSet r = s.executeQuery("select distinct " + column + " from community order by 1")) {
				while (r.next()) {
					codes.add(r.getString(1));
				}
			}
			return codes;
		}

	}

	private final NationalDataset.Size size;

	private final Places places;

	/** The community id of each popularity rank (rank 0 the most popular). */
	private final int[] byRank;

	/** Cumulative Zipf weights of the ranks, for drawing by binary search. */
	private final double[] cumulative;

	Traffic(NationalDataset.Size size, Places places) {
		this.size = size;
		this.places = places;
		int n = (int) size.communities();
		byRank = new int[n];
		for (int i = 0; i < n; i++) {
			byRank[i] = i + 1;
		}
		Random shuffle = new Random(17);
		for (int i = n - 1; i > 0; i--) {
			int j = shuffle.nextInt(i + 1);
			int t = byRank[i];
			byRank[i] = byRank[j];
			byRank[j] = t;
		}
		cumulative = new double[n];
		double sum = 0;
		for (int r = 0; r < n; r++) {
			sum += 1.0 / (r + 1);
			cumulative[r] = sum;
		}
	}

	/** Member k (0..14) of community c, as {@link NationalDataset} made them. */
	int[] members(int community) {
		int[] members = new int[15];
		for (int k = 0; k < 15; k++) {
			members[k] = (int) (1 + ((community * 7919L + k * 104729L) % size.educators()));
		}
		return members;
	}

	int popular(Random random) {
		double x = random.nextDouble() * cumulative[cumulative.length - 1];
		int r = Arrays.binarySearch(cumulative, x);
		return byRank[r >= 0 ? r : -r - 1];
	}

	/** Community pages, the communities drawn over all of them by popularity. */
	List<String> pages(Random random, int count, List<Integer> accounts) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> page(random, popular(random), accounts))
			.toList();
	}

	/** Community pages of the hot set, drawn evenly. */
	List<String> hotPages(Random random, int count, List<Integer> accounts) {
		return java.util.stream.IntStream.range(0, count)
			.mapToObj(i -> page(random, byRank[random.nextInt(HOT)], accounts))
			.toList();
	}

	/**
	 * Community pages of communities none of {@code before} opened, each once, in random
	 * order: what no cache holds.
	 */
	List<String> coldPages(Random random, int count, List<Integer> accounts, List<List<String>> before) {
		Set<String> seen = new HashSet<>();
		before.forEach(file -> file.forEach(line -> seen.add(line.split("\t")[1])));
		List<String> lines = new java.util.ArrayList<>(count);
		while (lines.size() < count && seen.size() < size.communities()) {
			int community = 1 + random.nextInt((int) size.communities());
			if (seen.add("/communities/" + community)) {
				lines.add(page(random, community, accounts));
			}
		}
		return lines;
	}

	/** A community's questions, by the community's popularity. */
	List<String> forums(Random random, int count, List<Integer> accounts) {
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
			int community = popular(random);
			return "GET\t/communities/" + community + "/questions\t"
					+ Harness.token(member(random, community, accounts));
		}).toList();
	}

	/**
	 * Community lists: a regency with a level (40 %), a province with or without a level
	 * (20 %), a name searched in the whole country (20 %) or in a province (20 %); one in
	 * ten on a later page. Search texts are parts of names: a level and a number's first
	 * digits, or three to five digits anywhere in it.
	 */
	List<String> lists(Random random, int count, List<Integer> accounts) {
		return java.util.stream.IntStream.range(0, count).mapToObj(i -> {
			String level = LEVELS[random.nextInt(LEVELS.length)];
			String province = places.provinces().get(random.nextInt(places.provinces().size()));
			String query = switch (random.nextInt(5)) {
				case 0, 1 ->
					"region=" + places.regencies().get(random.nextInt(places.regencies().size())) + "&level=" + level;
				case 2 -> "region=" + province + (random.nextBoolean() ? "&level=" + level : "");
				case 3 -> "q=" + search(random);
				default -> "region=" + province + "&q=" + search(random);
			};
			String page = random.nextInt(10) == 0 ? "&page=" + (1 + random.nextInt(3)) : "";
			return "GET\t/communities?" + query + page + "\t"
					+ Harness.token(member(random, popular(random), accounts));
		}).toList();
	}

	private String search(Random random) {
		String id = Integer.toString(1 + random.nextInt((int) size.communities()));
		if (random.nextBoolean()) {
			return LEVELS[random.nextInt(LEVELS.length)] + "+" + id.substring(0, Math.min(id.length(), 3));
		}
		int length = Math.min(id.length(), 3 + random.nextInt(3));
		int from = random.nextInt(id.length() - length + 1);
		return id.substring(from, from + length);
	}

	private String page(Random random, int community, List<Integer> accounts) {
		return "GET\t/communities/" + community + "\t" + Harness.token(member(random, community, accounts));
	}

	private int member(Random random, int community, List<Integer> accounts) {
		int member = members(community)[random.nextInt(15)];
		accounts.add(member);
		return member;
	}

	/** How spread the requests are: distinct communities and list filters. */
	String describe(List<String> pages, List<String> lists) {
		Set<String> communities = new HashSet<>();
		pages.forEach(p -> communities.add(p.split("\t")[1]));
		Set<String> filters = new HashSet<>();
		lists.forEach(l -> filters.add(l.split("\t")[1]));
		return String.format(
				"community popularity Zipf (weight 1/rank) over all %,d communities; the measured page file holds %,d"
						+ " requests to %,d distinct communities, the list file %,d requests with %,d distinct"
						+ " filter/search/page combinations; every request signed in (bearer token) as a member",
				size.communities(), pages.size(), communities.size(), lists.size(), filters.size());
	}

}
