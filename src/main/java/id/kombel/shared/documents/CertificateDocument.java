package id.kombel.shared.documents;

import java.io.ByteArrayOutputStream;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

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
