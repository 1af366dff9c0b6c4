package id.kombel.programmes.roster;

import static id.kombel.programmes.roster.RosterCells.check;
import static id.kombel.programmes.roster.RosterCells.digits;
import static id.kombel.programmes.roster.RosterCells.emptyToNull;
import static id.kombel.programmes.roster.RosterCells.phone;
import static id.kombel.programmes.roster.RosterCells.value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kombel.people.RosterPerson;
import id.kombel.programmes.Programme;
import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.roster.ParticipantImport.Duplicate;
import id.kombel.programmes.roster.ParticipantImport.Rejected;
import id.kombel.programmes.roster.Roster.Column;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.schools.SchoolView;
import id.kombel.schools.Schools;
import id.kombel.shared.Level;
import id.kombel.shared.csv.CsvTable;

/**
 * Reads a roster's rows against the programme: which regency (and so which event) each
 * row belongs to, whether its cells are acceptable, which school it names, and whether it
 * repeats a person met on an earlier line. Nothing is written here.
 */
@Component
class RosterMatcher {

	/** A row to register. */
	record Good(int line, RosterPerson person, long eventId, String regencyCode, Level level, String school,
			String community) {
	}

	/**
	 * The rows sorted: to register, refused (with the reason, and the row as it was),
	 * repeated.
	 */
	record Matched(List<Good> good, List<Rejected> rejected, List<CsvTable.Row> rejectedRows,
			List<Duplicate> duplicates) {
	}

	private final Regions regions;

	private final Schools schools;

	private final MessageSource messages;

	RosterMatcher(Regions regions, Schools schools, MessageSource messages) {
		this.regions = regions;
		this.schools = schools;
		this.messages = messages;
	}

	/**
	 * {@code only}: the event imported into, or null for the whole programme;
	 * {@code eventByRegency}: the programme's events.
	 */
	Matched match(Programme p, ProgrammeEvent only, Roster roster, Map<String, Long> eventByRegency, Locale locale) {
		int[] col = roster.columns();
		Map<String, Optional<SchoolView>> byNpsn = new HashMap<>();
		Map<String, Optional<RegionView>> byRegencyText = new HashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		List<Good> good = new ArrayList<>();
		List<Rejected> rejected = new ArrayList<>();
		List<CsvTable.Row> rejectedRows = new ArrayList<>();
		List<Duplicate> duplicates = new ArrayList<>();
		// merged cells leave the regency on the first row of a group only
		String carriedRegency = null;
		for (CsvTable.Row row : roster.rows()) {
			String regencyText = value(row, col, Column.REGENCY);
			String name = value(row, col, Column.NAME);
			if (name.isEmpty()
					&& row.values().stream().filter(v -> !v.isBlank()).allMatch(v -> v.strip().matches("\\d{1,5}"))) {
				continue; // a template's numbered line left empty ("No" filled in
							// advance)
			}
			if (RosterCells.summary(row, name)) {
				continue; // "JUMLAH 25", "TOTAL": the sheet's count, not a person
			}
			long filled = row.values().stream().filter(v -> !v.isBlank()).count();
			if (filled == 1 && name.isEmpty()) {
				// a section title left by merged cells ("KABUPATEN DAIRI"): it sets the
				// regency below it
				String only1 = row.values().stream().filter(v -> !v.isBlank()).findFirst().orElse("");
				Optional<RegionView> section = byRegencyText.computeIfAbsent(only1.toLowerCase(Locale.ROOT),
						t -> regions.matchRegency(only1, p.provinceCode()));
				if (section.isPresent()) {
					carriedRegency = section.get().code();
					continue;
				}
			}
			RosterCells.Reason reason = null;
			RegionView regency = null;
			if (!regencyText.isEmpty()) {
				regency = byRegencyText
					.computeIfAbsent(regencyText.toLowerCase(Locale.ROOT),
							t -> regions.matchRegency(regencyText, p.provinceCode()))
					.orElse(null);
				if (regency == null) {
					reason = new RosterCells.Reason("events.import.unknown-regency", regencyText,
							regions.nameOf(p.provinceCode()));
				}
				else {
					carriedRegency = regency.code();
				}
			}
			String regencyCode = regency != null ? regency.code()
					: (regencyText.isEmpty() ? (only != null ? only.regencyCode() : carriedRegency) : null);
			if (reason == null) {
				reason = check(row, col, name);
			}
			if (reason == null && regencyCode == null) {
				reason = new RosterCells.Reason("events.import.regency-missing");
			}
			if (reason == null && only != null && !only.regencyCode().equals(regencyCode)) {
				reason = new RosterCells.Reason("events.import.other-regency", regions.nameOf(regencyCode),
						regions.nameOf(only.regencyCode()));
			}
			Long eventId = regencyCode == null ? null : eventByRegency.get(regencyCode);
			if (reason == null && eventId == null) {
				reason = new RosterCells.Reason("events.import.no-event", regions.nameOf(regencyCode));
			}
			if (reason != null) {
				rejected.add(new Rejected(row.line(), messages.getMessage(reason.key(), reason.args(), locale)));
				rejectedRows.add(row);
				continue;
			}
			Good g = toGood(row, col, name, eventId, regencyCode, byNpsn);
			Integer first = firstSeen(seen, g);
			if (first != null) {
				duplicates.add(new Duplicate(row.line(), first));
				continue;
			}
			good.add(g);
		}
		return new Matched(good, rejected, rejectedRows, duplicates);
	}

	private Good toGood(CsvTable.Row row, int[] col, String name, long eventId, String regencyCode,
			Map<String, Optional<SchoolView>> byNpsn) {
		String npsn = value(row, col, Column.NPSN).toUpperCase(Locale.ROOT);
		SchoolView school = npsn.matches("[A-Z0-9]{8}") ? byNpsn.computeIfAbsent(npsn, schools::findByNpsn).orElse(null)
				: null;
		Level level = Level.parse(value(row, col, Column.LEVEL))
			.orElse(school != null ? school.level() : Level.parse(value(row, col, Column.SCHOOL)).orElse(null));
		String schoolName = value(row, col, Column.SCHOOL);
		String email = value(row, col, Column.EMAIL);
		RosterPerson person = new RosterPerson(name, emptyToNull(digits(value(row, col, Column.NUPTK))),
				emptyToNull(digits(value(row, col, Column.NIP))),
				email.isEmpty() ? null : email.toLowerCase(Locale.ROOT), phone(value(row, col, Column.PHONE)),
				school == null ? null : school.id());
		return new Good(row.line(), person, eventId, regencyCode, level,
				schoolName.isEmpty() ? (school == null ? null : school.name()) : schoolName,
				emptyToNull(value(row, col, Column.COMMUNITY)));
	}

	/**
	 * The first line holding the same person, or null; identifiers first, else name in
	 * the regency.
	 */
	private static Integer firstSeen(Map<String, Integer> seen, Good g) {
		RosterPerson p = g.person();
		List<String> keys = new ArrayList<>();
		if (p.nuptk() != null) {
			keys.add("nuptk:" + p.nuptk());
		}
		if (p.nip() != null) {
			keys.add("nip:" + p.nip());
		}
		if (p.email() != null) {
			keys.add("email:" + p.email());
		}
		if (keys.isEmpty()) {
			keys.add(p.phone() != null ? "phone:" + p.phone()
					: "name:" + g.regencyCode() + ":" + p.name().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
		}
		for (String key : keys) {
			Integer first = seen.get(key);
			if (first != null) {
				return first;
			}
		}
		keys.forEach(k -> seen.put(k, g.line()));
		return null;
	}

}
