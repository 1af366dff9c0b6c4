package id.kombel.programmes.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.kombel.programmes.Programme;
import id.kombel.programmes.Views.EventView;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;

/**
 * Registered against attended, per regency, by level and by role, with committee,
 * speakers and check-in times: on screen, as XLSX (one row per regency) and as PDF an
 * office can forward.
 */
@Service
public class ProgrammeReports {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

	public record Count(int registered, int attended) {
	}

	public record RegencyRow(long eventId, String regencyCode, String regencyName, LocalDate date, String venue,
			int registered, int attended, int walkIns, int committee, int speakers, Instant firstCheckIn,
			Instant lastCheckIn, Map<Level, Count> byLevel) {

		public int percent() {
			return registered == 0 ? 0 : Math.round(attended * 100f / registered);
		}
	}

	/** {@code zone}: the province's time zone, in which check-in times are shown. */
	public record Report(long programmeId, String title, String provinceName, String zone, Integer target, int hours,
			List<RegencyRow> regencies, Count total, Map<Level, Count> byLevel, Count unknownLevel, int committee,
			int speakers) {
	}

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	ProgrammeReports(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
	}

	public Report report(KombelUser user, long programmeId) {
		Programme p = policy.requireStaff(user, programmeId);
		Map<Long, Map<Level, Count>> levels = new HashMap<>();
		Map<Long, Count> unknown = new HashMap<>();
		jdbc.sql(
				"""
						select x.event_id, x.level, count(*) as registered,
						  sum(case when exists (select 1 from event_check_in c where c.participant_id = x.id) then 1 else 0 end) as attended
						from participant x where x.programme_id = :p group by x.event_id, x.level""")
			.param("p", programmeId)
			.query((rs, n) -> {
				Count count = new Count(rs.getInt("registered"), rs.getInt("attended"));
				String level = rs.getString("level");
				if (level == null) {
					unknown.put(rs.getLong("event_id"), count);
				}
				else {
					levels.computeIfAbsent(rs.getLong("event_id"), k -> new EnumMap<>(Level.class))
						.put(Level.valueOf(level), count);
				}
				return null;
			})
			.list();
		Map<Long, Object[]> extra = new HashMap<>();
		jdbc.sql("""
				select e.id,
				  (select count(*) from participant x where x.event_id = e.id and x.walk_in) as walk_ins,
				  (select count(*) from committee_member m where m.event_id = e.id) as committee,
				  (select count(*) from event_speaker s where s.event_id = e.id) as speakers,
				  (select min(c.checked_in_at) from event_check_in c where c.event_id = e.id) as first_at,
				  (select max(c.checked_in_at) from event_check_in c where c.event_id = e.id) as last_at
				from programme_event e where e.programme_id = :p""")
			.param("p", programmeId)
			.query((rs, n) -> extra.put(rs.getLong("id"),
					new Object[] { rs.getInt("walk_ins"), rs.getInt("committee"), rs.getInt("speakers"),
							rs.getTimestamp("first_at"), rs.getTimestamp("last_at") }))
			.list();
		List<RegencyRow> rows = new ArrayList<>();
		for (EventView e : queries.events(programmeId)) {
			Object[] x = extra.get(e.id());
			rows.add(new RegencyRow(e.id(), e.regencyCode(), e.regencyName(), e.date(), e.venue(), e.registered(),
					e.attended(), (int) x[0], (int) x[1], (int) x[2], instant(x[3]), instant(x[4]),
					levels.getOrDefault(e.id(), Map.of())));
		}
		Map<Level, Count> byLevel = new EnumMap<>(Level.class);
		levels.values().forEach(m -> m.forEach((level, c) -> byLevel.merge(level, c, ProgrammeReports::add)));
		Count unknownTotal = unknown.values().stream().reduce(new Count(0, 0), ProgrammeReports::add);
		Count total = rows.stream()
			.map(r -> new Count(r.registered(), r.attended()))
			.reduce(new Count(0, 0), ProgrammeReports::add);
		return new Report(p.id(), p.title(), queries.regionName(p.provinceCode()),
				EventCheckIns.zoneOf(p.provinceCode()).getId(), p.targetParticipants(), p.hours(), rows, total, byLevel,
				unknownTotal, rows.stream().mapToInt(RegencyRow::committee).sum(),
				rows.stream().mapToInt(RegencyRow::speakers).sum());
	}

	private static Count add(Count a, Count b) {
		return new Count(a.registered() + b.registered(), a.attended() + b.attended());
	}

	private static Instant instant(Object t) {
		return t == null ? null : ((Timestamp) t).toInstant();
	}

	/** Sheet 1: one row per regency; sheet 2: by level. */
	public byte[] xlsx(KombelUser user, long programmeId) throws IOException {
		Report r = report(user, programmeId);
		java.time.ZoneId zone = java.time.ZoneId.of(r.zone());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kombel", "1.0")) {
			Worksheet ws = wb.newWorksheet("Per kabupaten-kota");
			List<String> header = new ArrayList<>(
					List.of("Kode", "Kabupaten/Kota", "Tanggal", "Tempat", "Terdaftar", "Hadir", "% hadir",
							"Peserta di tempat", "Panitia", "Narasumber", "Presensi pertama", "Presensi terakhir"));
			for (Level level : Level.values()) {
				header.add(level + " terdaftar");
				header.add(level + " hadir");
			}
			for (int c = 0; c < header.size(); c++) {
				ws.value(0, c, header.get(c));
				ws.style(0, c).bold().set();
			}
			int row = 1;
			for (RegencyRow x : r.regencies()) {
				ws.value(row, 0, x.regencyCode());
				ws.value(row, 1, x.regencyName());
				ws.value(row, 2, x.date());
				ws.style(row, 2).format("dd/mm/yyyy").set();
				ws.value(row, 3, x.venue() == null ? "" : x.venue());
				ws.value(row, 4, x.registered());
				ws.value(row, 5, x.attended());
				ws.value(row, 6, x.percent());
				ws.value(row, 7, x.walkIns());
				ws.value(row, 8, x.committee());
				ws.value(row, 9, x.speakers());
				// real date-time cells at the venue's clock, which a spreadsheet can sort
				// and count
				dateTime(ws, row, 10, x.firstCheckIn(), zone);
				dateTime(ws, row, 11, x.lastCheckIn(), zone);
				int c = 12;
				for (Level level : Level.values()) {
					Count count = x.byLevel().getOrDefault(level, new Count(0, 0));
					ws.value(row, c++, count.registered());
					ws.value(row, c++, count.attended());
				}
				row++;
			}
			Worksheet levels = wb.newWorksheet("Per jenjang dan peran");
			levels.value(0, 0, "Jenjang / peran");
			levels.value(0, 1, "Terdaftar");
			levels.value(0, 2, "Hadir");
			int l = 1;
			for (Level level : Level.values()) {
				Count count = r.byLevel().getOrDefault(level, new Count(0, 0));
				levels.value(l, 0, level.name());
				levels.value(l, 1, count.registered());
				levels.value(l++, 2, count.attended());
			}
			levels.value(l, 0, "Jenjang tidak diisi");
			levels.value(l, 1, r.unknownLevel().registered());
			levels.value(l++, 2, r.unknownLevel().attended());
			levels.value(l, 0, "Peserta (semua)");
			levels.value(l, 1, r.total().registered());
			levels.value(l++, 2, r.total().attended());
			levels.value(l, 0, "Panitia");
			levels.value(l++, 1, r.committee());
			levels.value(l, 0, "Narasumber");
			levels.value(l, 1, r.speakers());
		}
		return out.toByteArray();
	}

	public byte[] pdf(KombelUser user, long programmeId) {
		Report r = report(user, programmeId);
		DateTimeFormatter time = TIME.withZone(java.time.ZoneId.of(r.zone()));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(r.title(), new Font(Font.HELVETICA, 16, Font.BOLD)));
		document.add(new Paragraph(r.provinceName() + " · " + r.hours() + " JP · terdaftar " + r.total().registered()
				+ ", hadir " + r.total().attended() + (r.target() == null ? "" : ", target " + r.target())
				+ " · panitia " + r.committee() + ", narasumber " + r.speakers(), new Font(Font.HELVETICA, 10)));
		document.add(new Paragraph(" "));
		PdfPTable table = new PdfPTable(new float[] { 4, 2, 1.4f, 1.4f, 1.2f, 1.2f, 1.2f, 1.4f, 1.4f });
		table.setWidthPercentage(100);
		Font head = new Font(Font.HELVETICA, 8, Font.BOLD);
		Font cell = new Font(Font.HELVETICA, 8);
		for (String h : List.of("Kabupaten/Kota", "Tanggal", "Terdaftar", "Hadir", "%", "Panitia", "Narasumber",
				"Pertama", "Terakhir")) {
			table.addCell(new org.openpdf.text.Phrase(h, head));
		}
		for (RegencyRow x : r.regencies()) {
			for (String v : List.of(x.regencyName(), x.date().toString(), String.valueOf(x.registered()),
					String.valueOf(x.attended()), x.percent() + "%", String.valueOf(x.committee()),
					String.valueOf(x.speakers()), x.firstCheckIn() == null ? "" : time.format(x.firstCheckIn()),
					x.lastCheckIn() == null ? "" : time.format(x.lastCheckIn()))) {
				table.addCell(new org.openpdf.text.Phrase(v, cell));
			}
		}
		document.add(table);
		document.add(new Paragraph(" "));
		StringBuilder levels = new StringBuilder("Per jenjang (terdaftar/hadir): ");
		r.byLevel()
			.forEach((level, c) -> levels.append(level)
				.append(' ')
				.append(c.registered())
				.append('/')
				.append(c.attended())
				.append("  "));
		document.add(new Paragraph(levels.toString(), new Font(Font.HELVETICA, 9)));
		document.close();
		return out.toByteArray();
	}

	private static void dateTime(Worksheet ws, int row, int col, java.time.Instant at, java.time.ZoneId zone) {
		if (at != null) {
			ws.value(row, col, java.time.LocalDateTime.ofInstant(at, zone));
			ws.style(row, col).format("dd/mm/yyyy hh:mm").set();
		}
	}

}
