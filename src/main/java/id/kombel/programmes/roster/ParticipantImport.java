package id.kombel.programmes.roster;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.Programme;
import id.kombel.programmes.roster.Roster.Column;
import id.kombel.people.RosterPerson;
import id.kombel.people.Rosters;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.csv.CsvTable;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ticket.Tickets;

/**
 * Registers participants from the committee's spreadsheet, for a whole programme (the
 * regency column routes each row to its event) or for one event. Every row is checked
 * first; the good rows are then saved in one transaction, so a failure never leaves half
 * an import. Rejected rows come back with their line and reason and are kept as a file to
 * fix and re-import.
 */
@Service
public class ParticipantImport {

	/**
	 * What an import did. {@code alreadyRegistered}: people in the file who were
	 * registered before.
	 */
	public record Outcome(long importId, int created, int linked, int duplicates, int alreadyRegistered,
			List<Rejected> rejected, List<Duplicate> duplicateRows, String rejectedFile) {
	}

	public record Rejected(int line, String reason) {
	}

	public record Duplicate(int line, int sameAs) {
	}

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final RosterMatcher matcher;

	private final Rosters rosters;

	private final MessageSource messages;

	private final Clock clock;

	private final EventCheckIns checkIns;

	ParticipantImport(JdbcClient jdbc, JdbcTemplate batch, ProgrammeQueries queries, ProgrammePolicy policy,
			RosterMatcher matcher, Rosters rosters, MessageSource messages, Clock clock, EventCheckIns checkIns) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.queries = queries;
		this.policy = policy;
		this.matcher = matcher;
		this.rosters = rosters;
		this.messages = messages;
		this.clock = clock;
		this.checkIns = checkIns;
	}

	/** Import into the whole programme: the regency column picks each row's event. */
	@Transactional
	public Outcome importForProgramme(KombelUser user, long programmeId, String filename, byte[] content, Locale locale)
			throws IOException {
		Programme p = policy.requireStaff(user, programmeId);
		return counted(run(user, p, null, filename, content, locale));
	}

	/** Import into one event: rows naming another regency are rejected. */
	@Transactional
	public Outcome importForEvent(KombelUser user, long eventId, String filename, byte[] content, Locale locale)
			throws IOException {
		ProgrammeEvent e = policy.require(user, ProgrammeAction.RUN, eventId);
		return counted(run(user, queries.programme(e.programmeId()), e, filename, content, locale));
	}

	/** Imports and their rows, for the operators' metrics and log. */
	private static Outcome counted(Outcome o) {
		io.micrometer.core.instrument.Metrics.counter("kombel.imports").increment();
		io.micrometer.core.instrument.Metrics.counter("kombel.import.rows", "result", "created").increment(o.created());
		io.micrometer.core.instrument.Metrics.counter("kombel.import.rows", "result", "rejected")
			.increment(o.rejected().size());
		org.slf4j.LoggerFactory.getLogger(ParticipantImport.class)
			.info("import {}: {} created, {} linked, {} duplicates, {} already registered", o.importId(), o.created(),
					o.linked(), o.duplicates(), o.alreadyRegistered());
		return o;
	}

	private Outcome run(KombelUser user, Programme p, ProgrammeEvent only, String filename, byte[] content,
			Locale locale) throws IOException {
		if (content == null || content.length == 0) {
			throw InvalidInputException.of("file", "events.import.empty");
		}
		Roster roster = Roster.read(filename, content);
		int[] col = roster.columns();
		if (only == null && col[Column.REGENCY.ordinal()] < 0) {
			throw InvalidInputException.of("file", "events.import.no-regency-column");
		}
		Map<String, Long> eventByRegency = new HashMap<>();
		jdbc.sql("select id, regency_code from programme_event where programme_id = :p")
			.param("p", p.id())
			.query((rs, n) -> eventByRegency.put(rs.getString("regency_code"), rs.getLong("id")))
			.list();
		RosterMatcher.Matched matched = matcher.match(p, only, roster, eventByRegency, locale);
		List<RosterMatcher.Good> good = matched.good();
		List<Rejected> rejected = matched.rejected();
		List<Duplicate> duplicates = matched.duplicates();
		List<RosterPerson.Link> links = ImportChecks.links(jdbc, rosters, p.id(), good);
		ImportChecks.otherNames(rosters, roster, good, links, matched, locale, messages);
		Set<Long> registered = new HashSet<>(jdbc.sql("select educator_id from participant where programme_id = :p")
			.param("p", p.id())
			.query(Long.class)
			.list());
		int created = 0;
		int linked = 0;
		int already = 0;
		List<Object[]> inserts = new ArrayList<>();
		Timestamp now = Timestamp.from(clock.instant());
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < good.size(); i++) {
			RosterMatcher.Good g = good.get(i);
			RosterPerson.Link link = links.get(i);
			if (link == null) {
				continue; // refused by ImportChecks.otherNames
			}
			if (!registered.add(link.educatorId())) {
				already++;
				continue;
			}
			if (link.created()) {
				created++;
			}
			else {
				linked++;
			}
			String code;
			do {
				code = Tickets.newCode();
			}
			while (!codes.add(code));
			inserts.add(new Object[] { p.id(), g.eventId(), g.regencyCode(), link.educatorId(), g.person().name(),
					g.person().nuptk(), g.person().email(), g.person().phone(),
					g.level() == null ? null : g.level().name(), g.school(), g.community(), code, false, now,
					g.person().nip() });
		}
		batch.batchUpdate(
				"""
						insert into participant (programme_id, event_id, regency_code, educator_id, name, nuptk, email, phone, level,
						  school_name, community, ticket_code, walk_in, registered_at, nip)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				inserts);
		eventByRegency.values().forEach(checkIns::participantsChanged);
		String rejectedCsv = matched.rejectedRows().isEmpty() ? null : rejectedCsv(roster, matched.rejectedRows(),
				rejected, locale, Roster.isXlsx(filename, content) ? ';' : CsvTable.delimiter(content));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into participant_import (programme_id, event_id, created_count, linked_count, duplicate_count,
				  rejected_count, rejected_csv, imported_by, imported_at)
				values (:p, :e, :c, :l, :d, :r, :csv, :by, :at)""")
			.param("p", p.id())
			.param("e", only == null ? null : only.id())
			.param("c", created)
			.param("l", linked)
			.param("d", duplicates.size())
			.param("r", rejected.size())
			.param("csv", rejectedCsv)
			.param("by", user.accountId())
			.param("at", now)
			.update(key, "id");
		long importId = key.getKey().longValue();
		return new Outcome(importId, created, linked, duplicates.size(), already, rejected, duplicates,
				rejectedCsv == null ? null : "/api/v1/imports/" + importId + "/rejected.csv");
	}

	/**
	 * The rejected rows as they were, with the reason in a last column, to fix and import
	 * again.
	 */
	public String rejectedFile(KombelUser user, long importId) {
		record Stored(long programmeId, String rejectedCsv) {
		}
		Stored s = jdbc.sql("select programme_id, rejected_csv from participant_import where id = :id")
			.param("id", importId)
			.query(Stored.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("import " + importId));
		policy.requireStaff(user, s.programmeId());
		if (s.rejectedCsv() == null) {
			throw new NotFoundException("rejected rows of import " + importId);
		}
		return s.rejectedCsv();
	}

	/**
	 * The rejected rows as a workbook: every cell as text, so that a NUPTK or a phone
	 * number keeps its digits and leading zero when opened.
	 */
	public byte[] rejectedXlsx(KombelUser user, long importId) throws IOException {
		CsvTable table = CsvTable.read(new java.io.ByteArrayInputStream(
				rejectedFile(user, importId).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(out, "Kombel", "1.0")) {
			org.dhatim.fastexcel.Worksheet ws = wb.newWorksheet("Baris ditolak");
			for (int c = 0; c < table.headers().size(); c++) {
				ws.value(0, c, table.headers().get(c));
				ws.style(0, c).bold().set();
			}
			int r = 1;
			for (CsvTable.Row row : table.rows()) {
				for (int c = 0; c < row.values().size(); c++) {
					ws.value(r, c, row.values().get(c));
					ws.style(r, c).format("@").set();
				}
				r++;
			}
		}
		return out.toByteArray();
	}

	/**
	 * In the upload's separator (a semicolon for a workbook, as Excel in Indonesian
	 * settings saves CSV): a comma file opened where semicolons are expected puts a whole
	 * row in one cell.
	 */
	private String rejectedCsv(Roster roster, List<CsvTable.Row> rows, List<Rejected> reasons, Locale locale,
			char delimiter) throws IOException {
		StringWriter out = new StringWriter();
		out.write('\uFEFF'); // so that a spreadsheet opens it as UTF-8
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			List<String> header = new ArrayList<>(roster.headers());
			header.add(messages.getMessage("events.import.line", null, locale));
			header.add(messages.getMessage("events.import.reason", null, locale));
			printer.printRecord(header);
			for (int i = 0; i < rows.size(); i++) {
				List<String> values = new ArrayList<>(rows.get(i).values());
				while (values.size() < roster.headers().size()) {
					values.add("");
				}
				values.add(String.valueOf(rows.get(i).line()));
				values.add(reasons.get(i).reason());
				printer.printRecord(values);
			}
		}
		String csv = out.toString();
		return csv.length() > 1_000_000 ? csv.substring(0, 1_000_000) : csv;
	}

}
