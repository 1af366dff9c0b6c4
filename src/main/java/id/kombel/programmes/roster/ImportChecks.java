package id.kombel.programmes.roster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import id.kombel.people.RosterPerson;
import id.kombel.people.Rosters;
import id.kombel.programmes.roster.ParticipantImport.Rejected;
import id.kombel.shared.csv.CsvTable;

/**
 * What an import checks once the rows are read: who each row is, without creating a
 * second person for a row with no identifier, and whether a known NUPTK names someone
 * else.
 */
final class ImportChecks {

	/** Academic and honorific titles, which a roster writes or leaves out at will. */
	private static final Set<String> TITLES = Set.of("spd", "mpd", "sag", "mag", "skom", "se", "sh", "ssi", "st", "dr",
			"drs", "dra", "hj", "h", "ir", "ama", "amapd", "sip", "ssos", "msi", "mm", "gr", "spdi", "spdsd", "sthi",
			"ssn", "mkom", "ba", "bsc", "msc");

	private ImportChecks() {
	}

	/**
	 * One link per row, in order. A row with no identifier at all (no NUPTK, NIP, e-mail
	 * or phone) is the participant of the same name already registered in that regency of
	 * the programme: importing the same file again must not create the person again.
	 */
	static List<RosterPerson.Link> links(JdbcClient jdbc, Rosters rosters, long programmeId,
			List<RosterMatcher.Good> good) {
		Map<String, Long> registeredByName = new HashMap<>();
		jdbc.sql("select regency_code, name, educator_id from participant where programme_id = :p")
			.param("p", programmeId)
			.query((rs, n) -> registeredByName.putIfAbsent(nameKey(rs.getString(1), rs.getString(2)), rs.getLong(3)))
			.list();
		List<RosterPerson.Link> links = new ArrayList<>(good.size());
		List<Integer> ask = new ArrayList<>();
		for (int i = 0; i < good.size(); i++) {
			RosterMatcher.Good g = good.get(i);
			Long known = anonymous(g.person()) ? registeredByName.get(nameKey(g.regencyCode(), g.person().name()))
					: null;
			links.add(known == null ? null : new RosterPerson.Link(known, false));
			if (known == null) {
				ask.add(i);
			}
		}
		List<RosterPerson.Link> found = rosters.findOrCreate(ask.stream().map(i -> good.get(i).person()).toList());
		for (int k = 0; k < ask.size(); k++) {
			links.set(ask.get(k), found.get(k));
		}
		return links;
	}

	/**
	 * A row whose NUPTK belongs to a known educator of another name is refused with its
	 * line (its link set to null): a typo in the NUPTK would otherwise register the row
	 * as that other person, silently.
	 */
	static void otherNames(Rosters rosters, Roster roster, List<RosterMatcher.Good> good, List<RosterPerson.Link> links,
			RosterMatcher.Matched matched, Locale locale, MessageSource messages) {
		Set<Long> ids = new HashSet<>();
		for (int i = 0; i < good.size(); i++) {
			if (good.get(i).person().nuptk() != null && !links.get(i).created()) {
				ids.add(links.get(i).educatorId());
			}
		}
		Map<Long, RosterPerson> known = rosters.known(ids);
		for (int i = 0; i < good.size(); i++) {
			RosterMatcher.Good g = good.get(i);
			RosterPerson same = g.person().nuptk() == null || links.get(i).created() ? null
					: known.get(links.get(i).educatorId());
			// only a match by this NUPTK: a row linked by its phone or e-mail is another
			// matter
			if (same != null && g.person().nuptk().equals(same.nuptk()) && !sameName(same.name(), g.person().name())) {
				matched.rejected()
					.add(new Rejected(g.line(), messages.getMessage("events.import.nuptk-other-name",
							new Object[] { g.person().nuptk(), same.name() }, locale)));
				matched.rejectedRows().add(rowAt(roster, g.line()));
				links.set(i, null);
			}
		}
	}

	/**
	 * "Dra. Hj. Siti Aminah, M.Pd." and "SITI AMINAH" are one name; "Siti" and "Budi" are
	 * not.
	 */
	static boolean sameName(String a, String b) {
		List<String> x = words(a);
		List<String> y = words(b);
		if (x.isEmpty() || y.isEmpty()) {
			return true;
		}
		return x.containsAll(y) || y.containsAll(x);
	}

	private static List<String> words(String name) {
		return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[\\s,]+"))
			.map(w -> w.replaceAll("[^\\p{L}\\p{N}]", ""))
			.filter(w -> !w.isEmpty() && !TITLES.contains(w))
			.toList();
	}

	private static boolean anonymous(RosterPerson p) {
		return p.nuptk() == null && p.nip() == null && p.email() == null && p.phone() == null;
	}

	private static String nameKey(String regencyCode, String name) {
		return regencyCode + ":" + String.join(" ", words(name));
	}

	private static CsvTable.Row rowAt(Roster roster, int line) {
		return roster.rows()
			.stream()
			.filter(r -> r.line() == line)
			.findFirst()
			.orElse(new CsvTable.Row(line, List.of()));
	}

}
