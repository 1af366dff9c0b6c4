package id.kombel.people;

import java.util.Locale;
import java.util.Optional;

/** What an educator does at their school. */
public enum Position {

	TEACHER, PRINCIPAL, SUPERVISOR, STAFF;

	/**
	 * "Guru", "Kepala Sekolah", "Pengawas", "Tenaga Kependidikan" or the English names.
	 */
	public static Optional<Position> parse(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		if (t.isEmpty() || t.startsWith("guru") || t.equals("teacher")) {
			return Optional.of(TEACHER);
		}
		if (t.startsWith("kepala sekolah") || t.equals("kepsek") || t.equals("principal")) {
			return Optional.of(PRINCIPAL);
		}
		if (t.startsWith("pengawas") || t.equals("supervisor")) {
			return Optional.of(SUPERVISOR);
		}
		if (t.startsWith("tenaga") || t.equals("staf") || t.equals("staff") || t.equals("tendik")) {
			return Optional.of(STAFF);
		}
		return Optional.empty();
	}

}
