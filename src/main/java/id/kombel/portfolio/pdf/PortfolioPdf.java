package id.kombel.portfolio.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.kombel.portfolio.evidence.EvidenceImages;
import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.PortfolioSettings;
import id.kombel.shared.documents.CertificateDocument;

/**
 * The one merged PDF performance management asks for: the cover, each certificate on its
 * own page in date order, then the self-declared evidence. It never exceeds the limit
 * ({@code kombel.portfolio.max-pdf-size}, 10 MB): photos are made smaller to share what
 * is left, and what still does not fit is left out and named on the cover and to the
 * caller, who may leave other items out instead.
 */
@Service
public class PortfolioPdf {

	/** Room kept for the cover and the merged file's own structure. */
	private static final long RESERVE = 200 * 1024;

	/** What the smallest legible photo page takes, kept free for each photo. */
	private static final long SMALLEST_PHOTO_PAGE = 120 * 1024;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy",
			Locale.forLanguageTag("id"));

	private static final Map<String, String> ROLES = Map.of("PARTICIPANT", "peserta", "COMMITTEE", "panitia", "SPEAKER",
			"narasumber");

	/**
	 * An item not in the file: its id (a certificate number, or {@code E} and the id).
	 */
	public record LeftOut(String id, String label) {
	}

	public record Result(byte[] pdf, List<String> certificates, int evidence, List<LeftOut> leftOut) {
	}

	private final EvidenceStore evidence;

	private final PortfolioSettings settings;

	private final MessageSource messages;

	PortfolioPdf(EvidenceStore evidence, PortfolioSettings settings, MessageSource messages) {
		this.evidence = evidence;
		this.settings = settings;
		this.messages = messages;
	}

	/**
	 * @param exclude ids the user chose to leave out
	 * @param verifyUrl the public page of this file, for the cover's QR
	 */
	public Result build(long accountIdOrMinusOne, PortfolioRecord r, Set<String> exclude, String verifyUrl,
			Locale locale) {
		List<EvidenceStore.StoredEvidence> items = accountIdOrMinusOne < 0 ? List.of()
				: evidence.stored(accountIdOrMinusOne, new Period(r.from(), r.to()));
		return assemble(r, items, evidence::printable, exclude, verifyUrl, totals(r, locale),
				settings.maxPdfSize().toBytes());
	}

	/**
	 * The file from the record and the evidence items, whose content {@code content}
	 * reads; apart from Spring so that the benchmark measures exactly this.
	 */
	public static Result assemble(PortfolioRecord r, List<EvidenceStore.StoredEvidence> items,
			Function<EvidenceStore.StoredEvidence, byte[]> content, Set<String> exclude, String verifyUrl,
			List<String[]> totalsRows, long limit) {
		long budget = limit - RESERVE;
		List<LeftOut> leftOut = new ArrayList<>();
		r.certificates().stream().filter(c -> exclude.contains(c.number())).forEach(c -> leftOut.add(label(c)));
		List<PortfolioRecord.Certificate> certificates = r.certificates()
			.stream()
			.filter(c -> !exclude.contains(c.number()))
			.toList();
		// each page is independent of the others: render them on every core
		List<byte[]> certificatePages = certificates.parallelStream()
			.map(c -> certificate(r.owner().name(), c))
			.toList();
		List<byte[]> parts = new ArrayList<>();
		List<String> numbers = new ArrayList<>();
		for (int i = 0; i < certificates.size(); i++) {
			byte[] page = certificatePages.get(i);
			if (page.length > budget) {
				leftOut.add(label(certificates.get(i)));
				continue;
			}
			budget -= page.length;
			parts.add(page);
			numbers.add(certificates.get(i).number());
		}
		List<EvidenceStore.StoredEvidence> chosen = new ArrayList<>();
		for (EvidenceStore.StoredEvidence e : items) {
			if (exclude.contains("E" + e.id())) {
				leftOut.add(label(e));
			}
			else {
				chosen.add(e);
			}
		}
		// PDFs are taken as they are (in date order, while they fit beside the smallest
		// photos); the photos share what they leave, each made small enough for its share
		List<EvidenceStore.StoredEvidence> images = chosen.stream().filter(e -> !isPdf(e)).toList();
		Map<Long, byte[]> pages = new HashMap<>();
		for (EvidenceStore.StoredEvidence e : chosen) {
			if (isPdf(e)) {
				byte[] bytes = content.apply(e);
				if (bytes.length <= budget - images.size() * SMALLEST_PHOTO_PAGE) {
					pages.put(e.id(), bytes);
					budget -= bytes.length;
				}
			}
		}
		long share = images.isEmpty() ? 0 : budget / images.size();
		images.parallelStream().forEach(e -> {
			byte[] jpeg = EvidenceImages.fit(EvidenceImages.decode(content.apply(e)), share - 4096);
			if (jpeg != null) {
				byte[] page = EvidencePages.page(jpeg, caption(e));
				if (page.length <= share) {
					synchronized (pages) {
						pages.put(e.id(), page);
					}
				}
			}
		});
		int evidenceIn = 0;
		for (EvidenceStore.StoredEvidence e : chosen) {
			byte[] page = pages.get(e.id());
			if (page == null) {
				leftOut.add(label(e));
				continue;
			}
			parts.add(page);
			evidenceIn++;
		}
		byte[] cover = CoverPage.render(r, totalsRows, leftOut.stream().map(LeftOut::label).toList(), verifyUrl);
		parts.add(0, cover);
		byte[] merged = merge(parts);
		if (merged.length > limit) {
			// the reserve is far above what merging adds; should it not be, refuse rather
			// than hand out a file performance management will reject
			throw new IllegalStateException("merged portfolio of " + merged.length + " bytes over " + limit);
		}
		return new Result(merged, numbers, evidenceIn, leftOut);
	}

	List<String[]> totals(PortfolioRecord r, Locale locale) {
		PortfolioRecord.Totals t = r.totals();
		List<String[]> rows = new ArrayList<>();
		Locale id = Locale.forLanguageTag("id");
		for (String kind : List.of("memberships", "activities", "tasks", "sessionsHeld", "practices", "answers",
				"materials", "programmeEvents", "certificates", "evidence", "hours")) {
			rows.add(new String[] { messages.getMessage("portfolio.kind." + kind, null, kind, id),
					String.valueOf(t.count(kind)) });
		}
		return rows;
	}

	private static byte[] certificate(String holder, PortfolioRecord.Certificate c) {
		CertificateDocument pdf = CertificateDocument.open(40, 5).heading(c.number());
		if (c.revoked()) {
			pdf.bold("DICABUT — TIDAK BERLAKU", 16);
		}
		pdf.line(" ", 10).line("diberikan kepada", 13).bold(holder == null ? "-" : holder, 24);
		if (c.source().equals("PROGRAMME")) {
			pdf.line("sebagai " + ROLES.getOrDefault(String.valueOf(c.role()), "peserta") + " pada", 13);
		}
		else {
			pdf.line("atas kehadirannya sebagai peserta kegiatan", 13);
		}
		return pdf.bold(c.title(), 17)
			.line(c.issuedBy() + " · " + DAY.format(c.heldOn()), 12)
			.bold(c.hours() + " JP (jam pelajaran)", 12)
			.verification(c.url(), 200, 100)
			.finish();
	}

	private static boolean isPdf(EvidenceStore.StoredEvidence e) {
		return e.contentType().equals("application/pdf");
	}

	private static String caption(EvidenceStore.StoredEvidence e) {
		return "Bukti mandiri (tidak diverifikasi Kombel): " + e.title() + " — " + e.organiser() + " · "
				+ DAY.format(e.heldOn()) + " · " + e.hours() + " JP";
	}

	private static LeftOut label(PortfolioRecord.Certificate c) {
		return new LeftOut(c.number(), c.number() + " " + c.title() + " (" + DAY.format(c.heldOn()) + ")");
	}

	private static LeftOut label(EvidenceStore.StoredEvidence e) {
		return new LeftOut("E" + e.id(), e.title() + " — " + e.organiser() + " (" + DAY.format(e.heldOn()) + ")");
	}

	static byte[] merge(List<byte[]> parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document();
		try {
			PdfCopy copy = new PdfCopy(document, out);
			copy.setFullCompression();
			document.open();
			for (byte[] part : parts) {
				PdfReader reader = new PdfReader(part);
				for (int i = 1; i <= reader.getNumberOfPages(); i++) {
					copy.addPage(copy.getImportedPage(reader, i));
				}
				copy.freeReader(reader);
				reader.close();
			}
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
