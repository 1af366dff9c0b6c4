package id.kombel.monitoring.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * One table of the dashboard as a file an office forwards: XLSX with real numbers and
 * dates (Indonesian headers), or a printable A4 PDF.
 */
record TableFile(String title, String subtitle, List<String> headers, List<List<Object>> rows) {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	byte[] xlsx() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kombel", "1.0")) {
			Worksheet ws = wb.newWorksheet(title.length() > 31 ? title.substring(0, 31) : title);
			ws.value(0, 0, title);
			ws.style(0, 0).bold().set();
			ws.value(1, 0, subtitle);
			for (int c = 0; c < headers.size(); c++) {
				ws.value(3, c, headers.get(c));
				ws.style(3, c).bold().set();
			}
			for (int r = 0; r < rows.size(); r++) {
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					int at = r + 4;
					switch (v) {
						case null -> {
						}
						case Number n -> ws.value(at, c, n);
						case LocalDate d -> {
							ws.value(at, c, d);
							ws.style(at, c).format("dd-mm-yyyy").set();
						}
						case Instant i -> {
							ws.value(at, c, LocalDateTime.ofInstant(i, Figures.JAKARTA));
							ws.style(at, c).format("dd-mm-yyyy hh:mm").set();
						}
						default -> ws.value(at, c, v.toString());
					}
				}
			}
			wb.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	byte[] pdf() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(title, new Font(Font.HELVETICA, 14, Font.BOLD)));
		document.add(new Paragraph(subtitle, new Font(Font.HELVETICA, 9)));
		document.add(new Paragraph(" "));
		PdfPTable table = new PdfPTable(headers.size());
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		Font head = new Font(Font.HELVETICA, 8, Font.BOLD);
		Font cell = new Font(Font.HELVETICA, 8);
		headers.forEach(h -> table.addCell(new Phrase(h, head)));
		for (List<Object> row : rows) {
			for (Object v : row) {
				String text = switch (v) {
					case null -> "";
					case LocalDate d -> DAY.format(d);
					case Instant i -> DAY.format(i.atZone(Figures.JAKARTA));
					default -> v.toString();
				};
				table.addCell(new Phrase(text, cell));
			}
		}
		document.add(table);
		document.close();
		return out.toByteArray();
	}

}
