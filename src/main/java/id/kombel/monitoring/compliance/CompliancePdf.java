package id.kombel.monitoring.compliance;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kombel.monitoring.compliance.ComplianceReport.PhaseStep;
import id.kombel.monitoring.compliance.ComplianceReport.Row;
import id.kombel.monitoring.compliance.Letterheads.Letterhead;

/**
 * The report as an office prints, signs and forwards it: letterhead, title, area and
 * period, a summary, the table (one row per community and cycle), then place and date of
 * signing and a signature block with name and NIP lines. A4 landscape, Helvetica.
 */
@Component
class CompliancePdf {

	private static final DateTimeFormatter CELL = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Font HEAD = new Font(Font.HELVETICA, 14, Font.BOLD);

	private static final Font TITLE = new Font(Font.HELVETICA, 12, Font.BOLD);

	private static final Font TEXT = new Font(Font.HELVETICA, 9);

	private static final Font TH = new Font(Font.HELVETICA, 7.5f, Font.BOLD);

	private static final Font TD = new Font(Font.HELVETICA, 7.5f);

	private final MessageSource messages;

	CompliancePdf(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(ComplianceReport report, Letterhead letterhead, LocalDate today, Locale locale) {
		DateTimeFormatter longDay = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 30, 30);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(centred(letterhead.organisation().toUpperCase(locale), HEAD));
		if (letterhead.address() != null) {
			document.add(centred(letterhead.address(), TEXT));
		}
		document.add(new Chunk(new LineSeparator(1.2f, 100, null, Element.ALIGN_CENTER, -4)));
		document.add(new Paragraph(" ", TEXT));
		document.add(centred(text("monitoring.compliance.pdf-title", locale).toUpperCase(locale), TITLE));
		String area = report.school() != null
				? report.school().name() + " (NPSN " + report.school().npsn() + "), " + report.region().name()
				: report.region().name();
		document.add(centred(area, TEXT));
		String period = longDay.format(report.from()) + " – " + longDay.format(report.to());
		if (report.semester() != null) {
			Period p = Period.of(report.semester(), null, null, today);
			period = text(p.odd() ? "monitoring.compliance.semester-odd" : "monitoring.compliance.semester-even",
					locale, p.schoolYear()) + " (" + period + ")";
		}
		document.add(centred(text("monitoring.compliance.period", locale) + ": " + period, TEXT));
		document.add(new Paragraph(" ", TEXT));
		var t = report.totals();
		document.add(new Paragraph(text("monitoring.compliance.summary", locale, t.communities(), t.withCycle(),
				t.completed(), t.withResults(), t.withEvidence()), TEXT));
		document.add(new Paragraph(" ", TEXT));
		document.add(table(report, locale));
		document.add(new Paragraph(" ", TEXT));
		document.add(signature(letterhead, longDay.format(today)));
		document.close();
		return out.toByteArray();
	}

	private PdfPTable table(ComplianceReport report, Locale locale) {
		PdfPTable table = new PdfPTable(new float[] { 0.5f, 3.2f, 3.2f, 2.6f, 1.6f, 1.6f, 1.6f, 1.6f, 1.3f, 1.3f, 2 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		for (String key : new String[] { "no", "school", "community", "indicator", "REFLECTION", "PLANNING",
				"IMPLEMENTATION", "EVALUATION", "before", "after", "evidence" }) {
			table.addCell(new Phrase(text("monitoring.compliance.col." + key, locale), TH));
		}
		int n = 1;
		for (Row row : report.rows()) {
			table.addCell(new Phrase(String.valueOf(n++), TD));
			table.addCell(new Phrase(
					row.schoolName() == null ? text("monitoring.compliance.no-school", locale) : row.schoolName(), TD));
			String community = row.communityName() + (row.cycleNumber() == null ? ""
					: " — " + text("monitoring.compliance.cycle-n", locale, row.cycleNumber()));
			table.addCell(new Phrase(community, TD));
			if (row.cycleNumber() == null) {
				PdfPCell none = new PdfPCell(new Phrase(text("monitoring.compliance.no-cycle", locale), TD));
				none.setColspan(8);
				table.addCell(none);
				continue;
			}
			table.addCell(new Phrase(
					row.goal() == null ? "–"
							: row.goal().indicator() + " (" + text("purpose." + row.goal().purpose(), locale) + ")",
					TD));
			for (PhaseStep step : row.phases()) {
				table.addCell(new Phrase(step(step, row, locale), TD));
			}
			String unit = row.goal() == null ? "" : " " + row.goal().unit();
			table.addCell(new Phrase(number(row.resultBefore(), locale, unit), TD));
			table.addCell(new Phrase(number(row.resultAfter(), locale, unit), TD));
			String evidence = row.evidence() == null ? "–"
					: row.evidence().fileName() != null ? row.evidence().fileName()
							: text("monitoring.compliance.links", locale, row.evidence().links().size());
			table.addCell(new Phrase(evidence, TD));
		}
		return table;
	}

	private String step(PhaseStep step, Row row, Locale locale) {
		if (step.doneOn() != null) {
			return CELL.format(step.doneOn());
		}
		if (step.done()) {
			return text("monitoring.compliance.done-undated", locale);
		}
		return step.phase().equals(row.currentPhase()) ? text("monitoring.compliance.ongoing", locale) : "–";
	}

	private static String number(java.math.BigDecimal value, Locale locale, String unit) {
		if (value == null) {
			return "–";
		}
		java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		return format.format(value) + unit;
	}

	/**
	 * Place and date, position, room to sign, the name (or a line to write it) and NIP.
	 */
	private static PdfPTable signature(Letterhead letterhead, String today) {
		PdfPTable block = new PdfPTable(new float[] { 6, 4 });
		block.setWidthPercentage(100);
		block.setKeepTogether(true);
		PdfPCell empty = new PdfPCell(new Phrase(""));
		empty.setBorder(Rectangle.NO_BORDER);
		block.addCell(empty);
		Paragraph sign = new Paragraph();
		sign.add(new Phrase(letterhead.place() + ", " + today + "\n", TEXT));
		sign.add(new Phrase(letterhead.signerTitle() + ",\n\n\n\n\n", TEXT));
		String name = letterhead.signerName() == null ? "(.......................................................)"
				: letterhead.signerName();
		sign.add(new Phrase(name + "\n", new Font(Font.HELVETICA, 9, Font.BOLD | Font.UNDERLINE)));
		sign.add(new Phrase("NIP. ..................................................", TEXT));
		PdfPCell cell = new PdfPCell();
		cell.addElement(sign);
		cell.setBorder(Rectangle.NO_BORDER);
		block.addCell(cell);
		return block;
	}

	private static Paragraph centred(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		return p;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
