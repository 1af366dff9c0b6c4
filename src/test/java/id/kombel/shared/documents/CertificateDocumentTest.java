package id.kombel.shared.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/**
 * A certificate is one landscape page with its lines, the verification address and a QR
 * image.
 */
class CertificateDocumentTest {

	@Test
	void onePageWithTheLinesAndTheVerificationQr() throws Exception {
		String url = "https://kombel.id/certificates/KB-2025-000123";
		byte[] pdf = CertificateDocument.open(48, 6)
			.heading("KB-2025-000123")
			.line("diberikan kepada", 13)
			.bold("Dra. Sri Wahyuni Lubis, M.Pd.", 24)
			.verification(url, 220, 110)
			.finish();

		PdfReader reader = new PdfReader(pdf);
		try {
			assertThat(reader.getNumberOfPages()).isEqualTo(1);
			assertThat(reader.getPageSizeWithRotation(1).getWidth())
				.isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
			String text = new PdfTextExtractor(reader).getTextFromPage(1);
			assertThat(text).contains("SERTIFIKAT", "Nomor KB-2025-000123", "diberikan kepada",
					"Dra. Sri Wahyuni Lubis, M.Pd.", "Periksa keaslian: " + url);
			List<PdfObject> images = new ArrayList<>();
			for (int i = 0; i < reader.getXrefSize(); i++) {
				PdfObject o = reader.getPdfObject(i);
				if (o instanceof PRStream s && PdfName.IMAGE.equals(((PdfDictionary) s).get(PdfName.SUBTYPE))) {
					images.add(o);
				}
			}
			assertThat(images).hasSize(1);
		}
		finally {
			reader.close();
		}
	}

}
