package id.kombel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import id.kombel.portfolio.evidence.EvidenceContent;
import id.kombel.portfolio.evidence.EvidenceImages;
import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.portfolio.pdf.PortfolioPdf;
import id.kombel.portfolio.record.PortfolioRecord;

/**
 * The merged portfolio PDF at its heaviest: 60 certificates and 30 phone photos of 3–8 MB
 * each (12 megapixels, textured so JPEG cannot shrink them much). Measures the copies
 * each upload makes once, and the merged file (rendering, picking copies, merging) as a
 * download makes it, and also from photos uploaded before there were copies; the file
 * must stay at most 10 MB and open in PDFBox with every page. Not a test: run it with
 * {@code ./bench/portfolio.sh}; it writes {@code target/benchmarks/portfolio.md}.
 */
class PortfolioBenchmark {

	static final int CERTIFICATES = 60;

	static final int PHOTOS = 30;

	static final int ROUNDS = Integer.parseInt(System.getenv().getOrDefault("KOMBEL_BENCH_ROUNDS", "5"));

	static final long TEN_MB = 10L * 1024 * 1024;

	@Test
	void mergedPdf() throws IOException {
		Random random = new Random(42);
		List<byte[]> originals = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			originals.add(photo(random, 4000, 3000));
		}
		Map<Long, byte[]> prints = new HashMap<>();
		Map<String, byte[]> copies = new HashMap<>();
		List<EvidenceStore.StoredEvidence> items = new ArrayList<>();
		List<EvidenceStore.StoredEvidence> oldItems = new ArrayList<>();
		List<PortfolioRecord.Evidence> evidence = new ArrayList<>();
		long printNanos = 0;
		long originalBytes = 0;
		long copyBytes = 0;
		for (long id = 1; id <= PHOTOS; id++) {
			byte[] original = originals.get((int) (id % originals.size()));
			originalBytes += original.length;
			long t = System.nanoTime();
			List<EvidenceImages.Copy> ladder = EvidenceImages.ladder(EvidenceImages.decode(original));
			printNanos += System.nanoTime() - t;
			prints.put(id, ladder.get(0).jpeg());
			StringBuilder sizes = new StringBuilder();
			for (EvidenceImages.Copy c : ladder) {
				copies.put(id + ":" + c.edge(), c.jpeg());
				copyBytes += c.jpeg().length;
				sizes.append(sizes.isEmpty() ? "" : ",").append(c.edge()).append(':').append(c.jpeg().length);
			}
			LocalDate day = LocalDate.of(2026, 1, 1).plusDays(id * 5);
			items.add(new EvidenceStore.StoredEvidence(id, 1, "Sertifikat pelatihan " + id, "Penyelenggara " + id, day,
					4, "portfolio/1/" + id, "image/jpeg", original.length, sizes.toString()));
			oldItems.add(new EvidenceStore.StoredEvidence(id, 1, "Sertifikat pelatihan " + id, "Penyelenggara " + id,
					day, 4, "portfolio/1/" + id, "image/jpeg", original.length, null));
			evidence.add(new PortfolioRecord.Evidence(id, "Sertifikat pelatihan " + id, "Penyelenggara " + id, day, 4,
					"image/jpeg", original.length, true, "/portfolio/evidence/" + id));
		}
		EvidenceContent content = new EvidenceContent() {

			@Override
			public byte[] printable(EvidenceStore.StoredEvidence e) {
				return prints.get(e.id());
			}

			@Override
			public byte[] copy(EvidenceStore.StoredEvidence e, int edge) {
				return copies.get(e.id() + ":" + edge);
			}

		};
		List<PortfolioRecord.Certificate> certificates = new ArrayList<>();
		for (int i = 0; i < CERTIFICATES; i++) {
			String number = (i % 2 == 0 ? "KB-" : "BT-") + String.format("%010d", i);
			certificates.add(new PortfolioRecord.Certificate(number, "Kegiatan komunitas belajar ke-" + i,
					"Kombel Literasi SD Dairi", i % 2 == 0 ? null : "PARTICIPANT",
					LocalDate.of(2026, 1, 2).plusDays(i * 5), LocalDate.of(2026, 1, 2).plusDays(i * 5), 2,
					"https://kombel.example.id/certificates/" + number, false, i % 2 == 0 ? "ACTIVITY" : "PROGRAMME"));
		}
		PortfolioRecord.Totals totals = new PortfolioRecord.Totals(2, 60, 5, 3, 2, 1, 1, 30, CERTIFICATES, PHOTOS, 240);
		PortfolioRecord record = new PortfolioRecord(
				new PortfolioRecord.Owner(1L, "Rosmawati Br. Ginting, S.Pd.", "1234567890123456", "198503172009022003",
						"SD Negeri 1 Sidikalang", "guru@demo.kombel.id"),
				LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), List.of(), List.of(), List.of(), List.of(),
				List.of(), List.of(), List.of(), List.of(), certificates, evidence, totals, List.of());
		List<String[]> rows = List.of(new String[] { "Sertifikat", "60" }, new String[] { "Bukti lain", "30" });

		List<Long> millis = new ArrayList<>();
		List<Long> oldMillis = new ArrayList<>();
		PortfolioPdf.Result result = null;
		PortfolioPdf.Result oldResult = null;
		for (int round = 0; round < ROUNDS + 1; round++) {
			long t = System.nanoTime();
			result = PortfolioPdf.assemble(record, items, content, Set.of(),
					"https://kombel.example.id/portfolio/verify/abc", rows, TEN_MB);
			long ms = (System.nanoTime() - t) / 1_000_000;
			t = System.nanoTime();
			oldResult = PortfolioPdf.assemble(record, oldItems, content, Set.of(),
					"https://kombel.example.id/portfolio/verify/abc", rows, TEN_MB);
			long oldMs = (System.nanoTime() - t) / 1_000_000;
			if (round > 0) {
				// the first round warms the JIT
				millis.add(ms);
				oldMillis.add(oldMs);
			}
		}
		int pages;
		try (PDDocument pdf = Loader.loadPDF(result.pdf())) {
			pages = pdf.getNumberOfPages();
		}
		assertThat(result.pdf().length).isLessThanOrEqualTo((int) TEN_MB);
		assertThat(result.leftOut()).isEmpty();
		assertThat(pages).isEqualTo(1 + CERTIFICATES + PHOTOS);
		assertThat(oldResult.pdf().length).isLessThanOrEqualTo((int) TEN_MB);
		assertThat(oldResult.leftOut()).isEmpty();
		oldMillis.sort(null);
		millis.sort(null);
		String report = String.format(Locale.ROOT,
				"""
						# Portfolio benchmark

						%s

						Merged PDF of %d certificates and %d photos (12 MP JPEG, %.1f MB each on average, %.0f MB in all):

						| measure | value |
						|---|---|
						| ready-made copies per upload (decode 12 MP; 2200 px, then each 0.8 of the one before down to 720 px; JPEG 0.8), once per file | %.0f ms (%.1f MB kept per photo) |
						| merged PDF, median of %d | %d ms |
						| merged PDF, slowest of %d | %d ms |
						| file size | %.2f MB (limit 10 MB) |
						| merged PDF of photos uploaded before the copies (each made smaller from its print copy on download), median | %d ms (%.2f MB) |
						| pages (PDFBox) | %d |
						| items left out | %d |
						""",
				Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version()
						+ ", no database (the PDF is made from the record and the stored print copies)",
				CERTIFICATES, PHOTOS, originalBytes / (double) PHOTOS / 1024 / 1024, originalBytes / 1024.0 / 1024,
				printNanos / 1e6 / PHOTOS, copyBytes / 1024.0 / 1024 / PHOTOS, millis.size(),
				millis.get(millis.size() / 2), millis.size(), millis.get(millis.size() - 1),
				result.pdf().length / 1024.0 / 1024, oldMillis.get(oldMillis.size() / 2),
				oldResult.pdf().length / 1024.0 / 1024, pages, result.leftOut().size());
		Files.createDirectories(Path.of("target/benchmarks"));
		Files.writeString(Path.of("target/benchmarks/portfolio.md"), report);
		System.out.println(report);
	}

	/** A camera-like photo: smooth light with fine grain, which keeps its JPEG large. */
	static byte[] photo(Random random, int w, int h) throws IOException {
		BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int base = (x * 255 / w + y * 128 / h) & 0xFF;
				int grain = random.nextInt(48) - 24;
				int r = Math.clamp(base + grain, 0, 255);
				int g = Math.clamp((base * 3 / 4) + grain, 0, 255);
				int b = Math.clamp((255 - base) + grain, 0, 255);
				image.setRGB(x, y, (r << 16) | (g << 8) | b);
			}
		}
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.92f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		writer.dispose();
		return out.toByteArray();
	}

}
