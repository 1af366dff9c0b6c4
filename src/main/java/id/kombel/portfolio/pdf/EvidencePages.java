package id.kombel.portfolio.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

/** An evidence photo or scan as one A4 page under its caption. */
final class EvidencePages {

	private EvidencePages() {
	}

	/** The JPEG is embedded as it is (no second compression). */
	static byte[] page(byte[] jpeg, String caption) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 36);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(new Paragraph(caption, new Font(Font.HELVETICA, 10)));
		try {
			Image image = Image.getInstance(jpeg);
			image.scaleToFit(PageSize.A4.getWidth() - 72, PageSize.A4.getHeight() - 110);
			image.setAlignment(Element.ALIGN_CENTER);
			document.add(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		document.close();
		return out.toByteArray();
	}

}
