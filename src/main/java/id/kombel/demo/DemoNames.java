package id.kombel.demo;

import java.util.List;
import java.util.Random;

/**
 * Plausible names of educators in Sumatera Utara, with their academic titles as people
 * write them.
 */
final class DemoNames {

	private static final List<String> GIVEN = List.of("Rina", "Budi", "Sri", "Dewi", "Agus", "Maria", "Yohana", "Rudi",
			"Hendra", "Lestari", "Fitri", "Ahmad", "Nurhayati", "Roslina", "Darwin", "Lamhot", "Tiurma", "Ester",
			"Jonni", "Mariani", "Saut", "Rosdiana", "Imelda", "Sahat", "Nurul", "Paulus", "Herlina", "Rahmat", "Debora",
			"Togar");

	private static final List<String> FAMILY = List.of("Siregar", "Simanjuntak", "Nainggolan", "Sitompul", "Harahap",
			"Nasution", "Lubis", "Purba", "Sinaga", "Pardede", "Tambunan", "Manurung", "Sihombing", "Situmorang",
			"Ginting", "Tarigan", "Sembiring", "Hutagalung", "Damanik", "Saragih", "Pasaribu", "Tanjung", "Matondang",
			"Hasibuan", "Zebua");

	private static final List<String> TITLES = List.of("S.Pd.", "S.Pd.", "S.Pd.", "M.Pd.", "S.Pd.I.", "S.Si.",
			"S.Pd., M.Pd.", "S.Kom.");

	private final Random random;

	DemoNames(Random random) {
		this.random = random;
	}

	String next() {
		String name = pick(GIVEN) + " " + pick(FAMILY);
		return random.nextInt(5) == 0 ? name : name + ", " + pick(TITLES);
	}

	/** A NIP whose parts are valid: birth date, start of service, sex digit, serial. */
	String nip() {
		int birthYear = 1965 + random.nextInt(30);
		return String.format("%04d%02d%02d%04d%02d%d%03d", birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28),
				birthYear + 23 + random.nextInt(5), 1 + random.nextInt(12), 1 + random.nextInt(2),
				1 + random.nextInt(999));
	}

	String nuptk() {
		return String.format("%04d%06d%06d", 1000 + random.nextInt(9000), random.nextInt(1_000_000),
				random.nextInt(1_000_000));
	}

	private String pick(List<String> from) {
		return from.get(random.nextInt(from.size()));
	}

}
