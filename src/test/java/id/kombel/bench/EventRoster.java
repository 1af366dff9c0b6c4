package id.kombel.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * A province's participant roster as a committee would send it: 5,000 rows over the 33
 * regencies, regency names written in every way, half the people already known by NUPTK,
 * a few repeated rows and a few rows a spreadsheet broke.
 */
final class EventRoster {

	private EventRoster() {
	}

	static final int KNOWN = 20_000;

	static String knownNuptk(int i) {
		return String.format("99%014d", i);
	}

	/** {@code regencies}: [code, name] pairs of the province. */
	static byte[] csv(int rows, List<String[]> regencies, long seed) {
		Random random = new Random(seed);
		StringBuilder b = new StringBuilder(
				"\uFEFFNo;Nama Lengkap;NUPTK;Jenjang;Nama Sekolah;Kabupaten/Kota;No HP;Email\n");
		String[] levels = { "PAUD", "TK", "SD", "SD", "SD", "SMP", "SMP", "SMA", "SMK", "SLB" };
		for (int i = 0; i < rows; i++) {
			String[] regency = regencies.get(i % regencies.size());
			String regencyText = switch (i % 5) {
				case 0 -> regency[0];
				case 1 -> regency[1].toUpperCase();
				case 2 -> regency[1].replace("Kabupaten ", "Kab. ");
				case 3 -> regency[1].replace("Kabupaten ", "");
				default -> regency[1];
			};
			String nuptk;
			if (i % 100 == 99) {
				nuptk = "1.23457E+15"; // broken by a spreadsheet: rejected
			}
			else if (i % 2 == 0) {
				// a known educator (maybe twice: a repeated row)
				nuptk = knownNuptk(random.nextInt(KNOWN));
			}
			else {
				nuptk = String.format("88%06d%08d", seed % 1_000_000, i);
			}
			b.append(i + 1)
				.append(';')
				.append("Peserta ")
				.append(i)
				.append(", S.Pd.;")
				.append(nuptk)
				.append(';')
				.append(levels[i % levels.length])
				.append(';')
				.append(levels[i % levels.length])
				.append(" Negeri ")
				.append(i % 17 + 1)
				.append(';')
				.append(regencyText)
				.append(';')
				.append("0812-")
				.append(String.format("%04d-%04d", (seed * 7 + i / 10_000) % 10_000, i % 10_000))
				.append(';')
				.append(i % 3 == 0 ? "peserta" + seed + "." + i + "@example.id" : "")
				.append('\n');
		}
		return b.toString().getBytes(StandardCharsets.UTF_8);
	}

}
