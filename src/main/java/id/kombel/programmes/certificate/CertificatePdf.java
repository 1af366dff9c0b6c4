package id.kombel.programmes.certificate;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

/** The certificate of a programme event as a one-page PDF with a QR to its public verification page. */
@Component
public class CertificatePdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id"));

	record Content(String number, String holder, String role, String programme, String regency, String venue,
			LocalDate date, int hours, String verifyUrl, boolean revoked) {
	}

	byte[] render(Content c) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4.rotate(), 56, 56, 40, 40);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(centered("SERTIFIKAT", new Font(Font.HELVETICA, 30, Font.BOLD)));
		document.add(centered("Nomor " + c.number(), new Font(Font.HELVETICA, 11)));
		if (c.revoked()) {
			document.add(centered("DICABUT — TIDAK BERLAKU", new Font(Font.HELVETICA, 16, Font.BOLD)));
		}
		document.add(centered(" ", new Font(Font.HELVETICA, 10)));
		document.add(centered("diberikan kepada", new Font(Font.HELVETICA, 13)));
		document.add(centered(c.holder(), new Font(Font.HELVETICA, 24, Font.BOLD)));
		document.add(centered("sebagai " + c.role() + " pada", new Font(Font.HELVETICA, 13)));
		document.add(centered(c.programme(), new Font(Font.HELVETICA, 17, Font.BOLD)));
		document.add(centered(c.regency() + (c.venue() == null ? "" : " · " + c.venue()) + " · " + DAY.format(c.date()),
				new Font(Font.HELVETICA, 12)));
		document.add(centered(c.hours() + " JP (jam pelajaran)", new Font(Font.HELVETICA, 12, Font.BOLD)));
		try {
			Image qr = Image.getInstance(qr(c.verifyUrl(), 200), null);
			qr.scaleAbsolute(100, 100);
			qr.setAlignment(Element.ALIGN_CENTER);
			document.add(qr);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		document.add(centered("Periksa keaslian: " + c.verifyUrl(), new Font(Font.HELVETICA, 9)));
		document.close();
		return out.toByteArray();
	}

	private static Paragraph centered(String text, Font font) {
		Paragraph p = new Paragraph(text, font);
		p.setAlignment(Element.ALIGN_CENTER);
		p.setSpacingAfter(5);
		return p;
	}

	static BufferedImage qr(String text, int size) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
					Map.of(EncodeHintType.MARGIN, 1));
			BufferedImage image = new BufferedImage(m.getWidth(), m.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
			for (int x = 0; x < m.getWidth(); x++) {
				for (int y = 0; y < m.getHeight(); y++) {
					image.setRGB(x, y, m.get(x, y) ? 0x000000 : 0xFFFFFF);
				}
			}
			return image;
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A QR code as an SVG, small enough to inline in the ticket page. */
	public static String svg(String text) {
		try {
			BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
			StringBuilder path = new StringBuilder();
			for (int y = 0; y < m.getHeight(); y++) {
				for (int x = 0; x < m.getWidth(); x++) {
					if (m.get(x, y)) {
						path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
					}
				}
			}
			return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
					+ "\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
					+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
		}
		catch (WriterException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
