package id.kombel.programmes.roster;

import java.util.Optional;

import id.kombel.programmes.roster.Roster.Column;
import id.kombel.shared.csv.CsvTable;
import id.kombel.shared.validation.Identifiers;
import id.kombel.shared.validation.Phones;

/**
 * Reading one roster row's cells as committees type them, and the first reason to refuse
 * the row.
 */
final class RosterCells {

	private RosterCells() {
	}

	/** Why a row is refused: a message key of messages-events and its arguments. */
	record Reason(String key, Object... args) {
	}

	static Reason check(CsvTable.Row row, int[] col, String name) {
		if (name.isEmpty()) {
			return new Reason("events.import.name-missing");
		}
		if (name.length() > 200) {
			return new Reason("events.import.too-long", "Nama");
		}
		String nuptk = value(row, col, Column.NUPTK);
		if (!nuptk.isEmpty()) {
			if (scientific(nuptk)) {
				return new Reason("events.import.scientific", "NUPTK", nuptk);
			}
			if (Identifiers.checkNuptk(digits(nuptk)).isPresent()) {
				return new Reason("events.import.nuptk", nuptk);
			}
		}
		String nip = value(row, col, Column.NIP);
		if (!nip.isEmpty()) {
			if (scientific(nip)) {
				return new Reason("events.import.scientific", "NIP", nip);
			}
			Optional<String> problem = Identifiers.checkNip(digits(nip));
			if (problem.isPresent()) {
				return new Reason("events.import.nip", nip);
			}
		}
		String email = value(row, col, Column.EMAIL);
		if (!email.isEmpty() && Identifiers.checkEmail(email).isPresent()) {
			return new Reason("events.import.email", email);
		}
		String phone = value(row, col, Column.PHONE);
		if (!phone.isEmpty() && phone(phone) == null) {
			return new Reason("events.import.phone", phone);
		}
		if (value(row, col, Column.SCHOOL).length() > 200 || value(row, col, Column.COMMUNITY).length() > 200) {
			return new Reason("events.import.too-long", "Sekolah/Komunitas");
		}
		return null;
	}

	/**
	 * A summary line at the bottom of a sheet: its name cell (or its first filled cell)
	 * says JUMLAH, TOTAL, SUBTOTAL, REKAP... ("Jumlah peserta", "TOTAL:", "Grand total").
	 */
	static boolean summary(CsvTable.Row row, String name) {
		String first = name.isEmpty() ? row.values().stream().filter(v -> !v.isBlank()).findFirst().orElse("") : name;
		return SUMMARY.matcher(first.strip()).matches();
	}

	private static final java.util.regex.Pattern SUMMARY = java.util.regex.Pattern.compile(
			"(?iu)(jumlah|total|sub\\s*-?\\s*total|grand\\s*total|rekap(itulasi)?|jml\\.?)(\\s+(peserta|seluruh|semua|keseluruhan|akhir))?\\s*[:=]?\\s*\\d*\\s*(orang)?");

	static String value(CsvTable.Row row, int[] col, Column column) {
		return CsvTable.value(row, col[column.ordinal()]);
	}

	/**
	 * "1.23457E+15": a spreadsheet turned the number into a float and its last digits are
	 * gone.
	 */
	static boolean scientific(String text) {
		return text.strip().matches("[0-9.,]+[eE][+-]?[0-9]+");
	}

	/**
	 * NUPTK and NIP as people type them: "1234 5678 9012 3456", "1234.5678.9012.3456",
	 * "'1234...".
	 */
	static String digits(String text) {
		return text.replaceAll("[\\s.\\-'’`]", "");
	}

	/**
	 * The first number where a cell holds several ("0812... / 0813..."), normalised to
	 * +62.
	 */
	static String phone(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String first = text.split("[/,;]| atau ")[0];
		return Phones.normalise(first).orElse(null);
	}

	static String emptyToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

}
