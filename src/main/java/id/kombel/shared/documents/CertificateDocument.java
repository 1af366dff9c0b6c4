package id.kombel.shared.documents;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.openpdf.text.pdf.draw.LineSeparator;

/**
 * The layout every Kombel certificate shares: one A4 landscape page of centred Helvetica
 * lines, headed "SERTIFIKAT" and its number, ending with a QR to the public verification
 * page and that address in words. What is said in between (holder, role, activity or
 * programme) is the caller's.
 *
 * <pre>
 * byte[] pdf = CertificateDocument.open(48, 6)
 *     .heading(number)
 *     .line("diberikan kepada", 13).bold(holder, 24)
 *     .verification(verifyUrl, 220, 110)
 *     .finish();
 * </pre>
 */
public final class CertificateDocument {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final Document document;

	private final float spacingAfter;

	private CertificateDocument(float verticalMargin, float spacingAfter) {
		this.document = new Document(PageSize.A4.rotate(), 56, 56, verticalMargin, verticalMargin);
		this.spacingAfter = spacingAfter;
		PdfWriter.getInstance(document, out);
		document.open();
	}

	/**
	 * A page with 56 pt margins left and right, {@code verticalMargin} top and bottom;
	 * {@code spacingAfter} below each line.
	 */
	public static CertificateDocument open(float verticalMargin, float spacingAfter) {
		return new CertificateDocument(verticalMargin, spacingAfter);
	}

	/** "SERTIFIKAT" and "Nomor …" under it. */
	public CertificateDocument heading(String number) {
		return bold("SERTIFIKAT", 30).line("Nomor " + number, 11);
	}

	public CertificateDocument line(String text, float size) {
		return add(text, new Font(Font.HELVETICA, size));
	}

	public CertificateDocument bold(String text, float size) {
		return add(text, new Font(Font.HELVETICA, size, Font.BOLD));
	}

	/**
	 * The QR ({@code qrPixels} drawn, {@code qrPoints} shown) and "Periksa keaslian:
	 * {@code url}".
	 */
	public CertificateDocument verification(String url, int qrPixels, float qrPoints) {
		document.add(QrCodes.pdfImage(url, qrPixels, qrPoints));
		return line("Periksa keaslian: " + url, 9);
	}

	/**
	 * Who signs a certificate: place and date of issue ("Medan, 12 Desember 2026"), the
	 * position, and the name and NIP (null: a dotted line to write it on by hand).
	 */
	public record Signature(String placeAndDate, String position, String name, String nip) {
	}

	/** The organiser's name in capitals over a rule, as an office's letterhead. */
	public CertificateDocument letterhead(String organiser) {
		Paragraph p = new Paragraph(organiser.toUpperCase(Locale.forLanguageTag("id")),
				new Font(Font.HELVETICA, 16, Font.BOLD));
		p.setAlignment(Element.ALIGN_CENTER);
		document.add(p);
		document.add(new LineSeparator(1.2f, 100, null, Element.ALIGN_CENTER, -4));
		document.add(new Paragraph(" ", new Font(Font.HELVETICA, 6)));
		return this;
	}

	/**
	 * The QR to the verification page on the left and the signature block on the right:
	 * place and date, position, room for a wet signature and stamp, name, NIP.
	 */
	public CertificateDocument signedVerification(String url, int qrPixels, float qrPoints, Signature signature) {
		PdfPTable foot = new PdfPTable(new float[] { 1, 1 });
		foot.setWidthPercentage(100);
		foot.setSpacingBefore(8);
		PdfPCell qr = cell();
		qr.addElement(QrCodes.pdfImage(url, qrPixels, qrPoints));
		qr.addElement(centred("Periksa keaslian: " + url, new Font(Font.HELVETICA, 8)));
		foot.addCell(qr);
		PdfPCell sign = cell();
		Font text = new Font(Font.HELVETICA, 11);
		sign.addElement(centred(signature.placeAndDate(), text));
		if (signature.position() != null) {
			sign.addElement(centred(signature.position() + ",", text));
		}
		// room to sign by hand and stamp
		Paragraph room = centred(" ", text);
		room.setSpacingBefore(56);
		sign.addElement(room);
		sign.addElement(centred(
				signature.name() != null ? signature.name() : "(................................................)",
				new Font(Font.HELVETICA, 11, Font.BOLD | Font.UNDERLINE)));
		sign.addElement(centred(
				"NIP " + (signature.nip() != null ? signature.nip() : "........................................"),
				text));
		foot.addCell(sign);
		document.add(foot);
		return this;
	}

	private static PdfPCell cell() {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private static Paragraph centred(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		return p;
	}

	/** Closes the page; the PDF's bytes. */
	public byte[] finish() {
		document.close();
		return out.toByteArray();
	}

	private CertificateDocument add(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(spacingAfter);
		document.add(p);
		return this;
	}

}
