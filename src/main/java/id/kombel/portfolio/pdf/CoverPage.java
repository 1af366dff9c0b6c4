package id.kombel.portfolio.pdf;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.shared.documents.QrCodes;

/**
 * The first page: whose portfolio, for which period, its totals, and the QR to verify it.
 */
final class CoverPage {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

	private CoverPage() {
	}

	/** {@code rows}: label and value of the totals table, in the reader's words. */
	static byte[] render(PortfolioRecord r, List<String[]> rows, List<String> leftOut, String verifyUrl) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 48, 48, 48, 48);
		PdfWriter.getInstance(document, out);
		document.open();
		Font title = new Font(Font.HELVETICA, 20, Font.BOLD);
		Font body = new Font(Font.HELVETICA, 11);
		Font bold = new Font(Font.HELVETICA, 11, Font.BOLD);
		document.add(new Paragraph("PORTOFOLIO KINERJA PENDIDIK", title));
		document.add(new Paragraph(" ", body));
		PortfolioRecord.Owner o = r.owner();
		document.add(new Paragraph("Nama: " + nz(o.name()), bold));
		document.add(new Paragraph("NUPTK: " + nz(o.nuptk()) + "    NIP: " + nz(o.nip()), body));
		document.add(new Paragraph("Satuan pendidikan: " + nz(o.school()), body));
		document.add(new Paragraph("Periode: " + DAY.format(r.from()) + " – " + DAY.format(r.to()), body));
		document.add(new Paragraph(" ", body));
		PdfPTable table = new PdfPTable(new float[] { 3, 1 });
		table.setWidthPercentage(100);
		for (String[] row : rows) {
			table.addCell(new PdfPCell(new Phrase(row[0], body)));
			PdfPCell value = new PdfPCell(new Phrase(row[1], bold));
			value.setHorizontalAlignment(PdfPCell.ALIGN_RIGHT);
			table.addCell(value);
		}
		document.add(table);
		document.add(new Paragraph(" ", body));
		document
			.add(new Paragraph("Bukti yang diunggah sendiri ditandai \"bukti mandiri\" (tidak diverifikasi Kombel).",
					new Font(Font.HELVETICA, 9)));
		if (!leftOut.isEmpty()) {
			document.add(new Paragraph("Tidak dimuat agar berkas tetap di bawah 10 MB:", bold));
			leftOut.forEach(item -> document.add(new Paragraph("• " + item, new Font(Font.HELVETICA, 9))));
		}
		document.add(new Paragraph(" ", body));
		document.add(QrCodes.pdfImage(verifyUrl, 240, 120));
		Paragraph check = new Paragraph("Periksa keaslian sertifikat: " + verifyUrl, new Font(Font.HELVETICA, 9));
		check.setAlignment(Paragraph.ALIGN_CENTER);
		document.add(check);
		document.close();
		return out.toByteArray();
	}

	private static String nz(String s) {
		return s == null || s.isBlank() ? "-" : s;
	}

}
