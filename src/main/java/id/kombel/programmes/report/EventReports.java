package id.kombel.programmes.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import id.kombel.programmes.crew.CommitteeMember;
import id.kombel.programmes.Views.EventView;
import id.kombel.programmes.roster.Participant;
import id.kombel.programmes.Views.SessionView;
import id.kombel.programmes.crew.Speaker;
import id.kombel.shared.access.KombelUser;
import id.kombel.programmes.crew.Crew;
import id.kombel.programmes.checkin.EventCheckIns;
import id.kombel.programmes.roster.Participants;
import id.kombel.programmes.ProgrammeQueries;
import id.kombel.programmes.ProgrammePolicy;
import id.kombel.programmes.ProgrammeAction;
import id.kombel.programmes.ProgrammeEvent;
import id.kombel.programmes.ticket.Tickets;

/**
 * The report of one local event, for its regency: the attendance list (daftar hadir) with
 * each session's check-in time, then committee and speakers; as XLSX and as PDF.
 */
@Service
public class EventReports {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");

	private final JdbcClient jdbc;

	private final ProgrammeQueries queries;

	private final ProgrammePolicy policy;

	private final Participants participants;

	private final Crew crew;

	/** The report is written in Indonesian, as the offices file it. */
	private static final Locale ID = Locale.forLanguageTag("id");

	private final MessageSource messages;

	EventReports(JdbcClient jdbc, ProgrammeQueries queries, ProgrammePolicy policy, Participants participants,
			Crew crew, MessageSource messages) {
		this.messages = messages;
		this.jdbc = jdbc;
		this.queries = queries;
		this.policy = policy;
		this.participants = participants;
		this.crew = crew;
	}

	private record Content(EventView event, List<SessionView> sessions, List<Participant> participants,
			Map<String, LocalDateTime> times, List<CommitteeMember> committee, List<Speaker> speakers) {

		String time(Participant p, SessionView s) {
			LocalDateTime t = at(p, s);
			return t == null ? "" : TIME.format(t);
		}

		/** When the participant checked in for the session, at the venue's clock. */
		LocalDateTime at(Participant p, SessionView s) {
			return times.get(p.id() + ":" + s.code());
		}
	}

	private Content content(KombelUser user, long eventId) {
		ProgrammeEvent seen = policy.require(user, ProgrammeAction.SEE, eventId);
		EventView event = queries.eventView(eventId);
		ZoneId zone = EventCheckIns.zoneOf(seen.provinceCode());
		Map<String, LocalDateTime> times = new HashMap<>();
		jdbc.sql("select participant_id, session_code, checked_in_at from event_check_in where event_id = :e")
			.param("e", eventId)
			.query((rs, n) -> times.put(rs.getLong(1) + ":" + rs.getString(2),
					LocalDateTime.ofInstant(rs.getObject(3, Timestamp.class).toInstant(), zone)))
			.list();
		return new Content(event, queries.sessions(event.programmeId()), participants.list(eventId), times,
				crew.committee(eventId), crew.speakers(eventId));
	}

	public byte[] xlsx(KombelUser user, long eventId) throws IOException {
		Content c = content(user, eventId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kombel", "1.0")) {
			Worksheet ws = wb.newWorksheet("Daftar hadir");
			List<String> header = new ArrayList<>(
					List.of("No", "Nama", "NUPTK", "Jenjang", "Sekolah", "No HP", "Email", "Tiket", "Datang langsung"));
			// a column a person reads: the session's topic (and day), not its check-in
			// code
			boolean days = c.sessions().stream().anyMatch(s -> s.day() > 1);
			c.sessions()
				.forEach(s -> header.add("Hadir: " + (days ? "Hari " + s.day() + ", " : "") + s.topic() + " ("
						+ s.startsAt().format(TIME) + ")"));
			for (int i = 0; i < header.size(); i++) {
				ws.value(0, i, header.get(i));
				ws.style(0, i).bold().set();
			}
			int row = 1;
			for (Participant p : c.participants()) {
				ws.value(row, 0, row);
				ws.value(row, 1, p.name());
				// as text: a number would lose digits
				ws.value(row, 2, p.nuptk() == null ? "" : p.nuptk());
				ws.value(row, 3, p.level() == null ? "" : p.level());
				ws.value(row, 4, p.schoolName() == null ? "" : p.schoolName());
				ws.value(row, 5, p.phone() == null ? "" : p.phone());
				ws.value(row, 6, p.email() == null ? "" : p.email());
				ws.value(row, 7, Tickets.display(p.ticketCode()));
				ws.value(row, 8, p.walkIn() ? "ya" : "");
				int col = 9;
				for (SessionView s : c.sessions()) {
					// a real date-time cell, shown as the time of day
					LocalDateTime at = c.at(p, s);
					if (at != null) {
						ws.value(row, col, at);
						ws.style(row, col).format("hh:mm").set();
					}
					col++;
				}
				row++;
			}
			Worksheet crewSheet = wb.newWorksheet("Panitia dan narasumber");
			crewSheet.value(0, 0, "Peran");
			crewSheet.value(0, 1, "Nama");
			crewSheet.value(0, 2, "Unsur / topik");
			crewSheet.value(0, 3, "Tugas");
			int r = 1;
			for (CommitteeMember m : c.committee()) {
				crewSheet.value(r, 0, "Panitia");
				crewSheet.value(r, 1, m.name());
				crewSheet.value(r, 2, messages.getMessage("events.committee." + m.kind().name(), null, ID));
				crewSheet.value(r++, 3, m.duty() == null ? "" : m.duty());
			}
			for (Speaker s : c.speakers()) {
				crewSheet.value(r, 0, "Narasumber");
				crewSheet.value(r, 1, s.name());
				crewSheet.value(r++, 2, s.topic() == null ? "" : s.topic());
			}
		}
		return out.toByteArray();
	}

	public byte[] pdf(KombelUser user, long eventId) {
		Content c = content(user, eventId);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 30, 30, 30, 30);
		PdfWriter.getInstance(document, out);
		document.open();
		EventView e = c.event();
		document.add(new Paragraph("Daftar hadir — " + e.programmeTitle(), new Font(Font.HELVETICA, 13, Font.BOLD)));
		document.add(new Paragraph(e.regencyName() + " · " + e.date() + (e.venue() == null ? "" : " · " + e.venue())
				+ " · terdaftar " + e.registered() + ", hadir " + e.attended(), new Font(Font.HELVETICA, 9)));
		document.add(new Paragraph(" "));
		// the list an office prints, has signed at the venue and files: identifier (NIP,
		// else
		// NUPTK) and a signature column with room to sign
		float[] widths = new float[5 + c.sessions().size()];
		widths[0] = 0.6f;
		widths[1] = 4.5f;
		widths[2] = 3.2f;
		widths[3] = 3.5f;
		for (int i = 4; i < widths.length - 1; i++) {
			widths[i] = 1.2f;
		}
		widths[widths.length - 1] = 3;
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font head = new Font(Font.HELVETICA, 8, Font.BOLD);
		Font cell = new Font(Font.HELVETICA, 8);
		table.addCell(new Phrase("No", head));
		table.addCell(new Phrase("Nama", head));
		table.addCell(new Phrase("NIP / NUPTK", head));
		table.addCell(new Phrase("Sekolah", head));
		c.sessions().forEach(s -> table.addCell(new Phrase(s.code(), head)));
		table.addCell(new Phrase("Tanda tangan", head));
		int n = 1;
		for (Participant p : c.participants()) {
			table.addCell(new Phrase(String.valueOf(n), cell));
			table.addCell(new Phrase(p.name(), cell));
			table.addCell(new Phrase(
					p.nip() != null ? "NIP " + p.nip() : (p.nuptk() != null ? "NUPTK " + p.nuptk() : ""), cell));
			table.addCell(new Phrase(p.schoolName() == null ? "" : p.schoolName(), cell));
			c.sessions().forEach(s -> table.addCell(new Phrase(c.time(p, s), cell)));
			// numbered like paper lists, odd on the left and even on the right, so
			// neighbours do not sign over each other
			PdfPCell sign = new PdfPCell(new Phrase(n % 2 == 1 ? n + "." : "        " + n + ".", cell));
			sign.setMinimumHeight(24);
			table.addCell(sign);
			n++;
		}
		document.add(table);
		document.add(new Paragraph(" "));
		StringBuilder crewText = new StringBuilder("Panitia: ");
		c.committee()
			.forEach(m -> crewText.append(m.name()).append(m.duty() == null ? "" : " (" + m.duty() + ")").append("; "));
		crewText.append(" Narasumber: ");
		c.speakers()
			.forEach(s -> crewText.append(s.name())
				.append(s.topic() == null ? "" : " (" + s.topic() + ")")
				.append("; "));
		document.add(new Paragraph(crewText.toString(), new Font(Font.HELVETICA, 8)));
		document.close();
		return out.toByteArray();
	}

}
