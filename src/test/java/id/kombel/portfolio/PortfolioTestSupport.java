package id.kombel.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfWriter;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests and files the portfolio's API tests share. */
abstract class PortfolioTestSupport extends IntegrationTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final long TEN_MB = 10L * 1024 * 1024;

	static final String ALL = "?from=2021-01-01&to=2030-12-31";

	record Reply(int status, String contentType, java.net.http.HttpHeaders headers, byte[] body) {

		JsonNode json() {
			return JSON.readTree(new String(body, StandardCharsets.UTF_8));
		}

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}
	}

	String token(String email) {
		return api().post("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"kombel-demo\"}")
			.json()
			.get("token")
			.asString();
	}

	Reply send(String token, HttpRequest.Builder b) {
		try {
			if (token != null) {
				b.header("Authorization", "Bearer " + token);
			}
			HttpResponse<byte[]> r = HttpClient.newHttpClient()
				.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers(), r.body());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Reply get(String token, String path) {
		return send(token, HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
	}

	Reply upload(String token, String metadata, String fileName, byte[] content) {
		String boundary = "kombel-" + UUID.randomUUID();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		if (metadata != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
					+ "Content-Type: application/json\r\n\r\n" + metadata + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		if (content != null) {
			out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
					+ fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.writeBytes(content);
			out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(token,
				HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/portfolio/evidence"))
					.header("Accept-Language", "id")
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
	}

	static String meta(String title, String date, int hours) {
		return "{\"title\":\"" + title + "\",\"organiser\":\"PGRI Dairi\",\"date\":\"" + date + "\",\"hours\":" + hours
				+ "}";
	}

	static String today() {
		return LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
	}

	static byte[] png(int w, int h) throws IOException {
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				image.setRGB(x, y, (x * 7 + y * 3) & 0xFFFFFF);
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

	/** A photo as a camera makes it at its worst for compression: noise, 5–9 MB. */
	static byte[] noisyJpeg(long seed) throws IOException {
		Random random = new Random(seed);
		int w = 2600;
		int h = 1950;
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				image.setRGB(x, y, random.nextInt(0xFFFFFF));
			}
		}
		return id.kombel.portfolio.evidence.EvidenceImages.jpeg(image, 0.95f);
	}

	static byte[] pdfWith(byte[] jpeg) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document d = new Document(PageSize.A4);
		PdfWriter.getInstance(d, out);
		d.open();
		Image image = Image.getInstance(jpeg);
		image.scaleToFit(500, 700);
		d.add(image);
		d.close();
		return out.toByteArray();
	}

	static int pages(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return doc.getNumberOfPages();
		}
	}

	static String firstPageText(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDFTextStripper text = new PDFTextStripper();
			text.setStartPage(1);
			text.setEndPage(1);
			return text.getText(doc);
		}
	}

}
