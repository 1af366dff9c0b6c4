package id.kombel.portfolio.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfCopy;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import id.kombel.portfolio.evidence.EvidenceContent;
import id.kombel.portfolio.evidence.EvidenceImages;
import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.PortfolioSettings;
import id.kombel.shared.documents.CertificateDocument;

/**
 * The one merged PDF performance management asks for: the cover, each certificate on its
 * own page in date order, then the self-declared evidence. It never exceeds the limit
 * ({@code kombel.portfolio.max-pdf-size}, 10 MB): what fits is decided beforehand
 * ({@link Plan}, which the user sees and may change before downloading), then each
 * certificate page is rendered once, each file read once, and each photo made smaller
 * once, to its share of what is left; what is not in the file is named on the cover and
 * to the caller.
 */
@Service
public class PortfolioPdf {

	/**
	 * What an evidence page takes beside its photo (caption, page, image object: a few
	 * KB), with room to spare.
	 */
	static final long PAGE_OVERHEAD = 16 * 1024;

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
	 * @param plan what the file holds ({@link Plan#of})
	 * @param verifyUrl the public page of this file, for the cover's QR
	 */
	public Result build(long accountIdOrMinusOne, PortfolioRecord r, Plan plan, String verifyUrl, Locale locale) {
		List<EvidenceStore.StoredEvidence> items = accountIdOrMinusOne < 0 ? List.of()
				: evidence.stored(accountIdOrMinusOne, new Period(r.from(), r.to()));
		return assemble(r, plan, items, evidence, verifyUrl, totals(r, locale));
	}

	public long limit() {
		return settings.maxPdfSize().toBytes();
	}

	/**
	 * The file of the record without the items {@code exclude} names, within
	 * {@code limit}; apart from Spring so that the benchmark measures exactly this.
	 */
	public static Result assemble(PortfolioRecord r, List<EvidenceStore.StoredEvidence> items, EvidenceContent content,
			Set<String> exclude, String verifyUrl, List<String[]> totalsRows, long limit) {
		Set<String> chosen = new HashSet<>();
		r.certificates().forEach(c -> chosen.add(c.number()));
		r.evidence().forEach(e -> chosen.add(Plan.id(e)));
		chosen.removeAll(exclude);
		return assemble(r, Plan.of(r, chosen, limit), items, content, verifyUrl, totalsRows);
	}

	/**
	 * The file the plan describes, with the evidence items whose content {@code content}
	 * reads (once each).
	 */
	static Result assemble(PortfolioRecord r, Plan plan, List<EvidenceStore.StoredEvidence> items,
			EvidenceContent content, String verifyUrl, List<String[]> totalsRows) {
		Set<String> in = plan.included();
		long budget = plan.limit() - Plan.RESERVE;
		List<LeftOut> leftOut = new ArrayList<>();
		List<PortfolioRecord.Certificate> certificates = new ArrayList<>();
		for (PortfolioRecord.Certificate c : r.certificates()) {
			if (in.contains(c.number())) {
				certificates.add(c);
			}
			else {
				leftOut.add(label(c));
			}
		}
		// each page is independent of the others: render them on every core
		List<byte[]> parts = new ArrayList<>(
				certificates.parallelStream().map(c -> certificate(r.owner().name(), c)).toList());
		budget -= parts.stream().mapToLong(p -> p.length).sum();
		List<String> numbers = certificates.stream().map(PortfolioRecord.Certificate::number).toList();
		List<EvidenceStore.StoredEvidence> chosen = items.stream().filter(e -> in.contains("E" + e.id())).toList();
		// PDFs are taken as they are; the photos share what they leave, each taking the
		// largest ready-made copy that fits its share (made smaller here only if none
		// does, or it has none)
		Map<Long, byte[]> pages = new ConcurrentHashMap<>();
		Map<Long, byte[]> prints = new ConcurrentHashMap<>();
		Map<Long, Long> weights = new HashMap<>();
		for (EvidenceStore.StoredEvidence e : chosen) {
			if (isPdf(e)) {
				byte[] bytes = content.printable(e);
				pages.put(e.id(), bytes);
				budget -= bytes.length;
			}
			else if (!e.copies().isEmpty()) {
				weights.put(e.id(), e.copies().get(0).bytes());
			}
			else {
				prints.put(e.id(), content.printable(e));
				weights.put(e.id(), (long) prints.get(e.id()).length);
			}
		}
		List<EvidenceStore.StoredEvidence> images = chosen.stream().filter(e -> !isPdf(e)).toList();
		Map<Long, Long> shares = shares(images, weights, budget);
		images.parallelStream().forEach(e -> {
			long room = shares.get(e.id()) - PAGE_OVERHEAD;
			byte[] jpeg = e.copies()
				.stream()
				.filter(c -> c.bytes() <= room)
				.findFirst()
				.map(c -> content.copy(e, c.edge()))
				.orElseGet(() -> EvidenceImages.fit(prints.computeIfAbsent(e.id(), i -> content.printable(e)), room));
			byte[] page = jpeg == null ? null : EvidencePages.page(jpeg, caption(e));
			if (page != null && page.length <= shares.get(e.id())) {
				pages.put(e.id(), page);
			}
		});
		int evidenceIn = 0;
		for (EvidenceStore.StoredEvidence e : items) {
			byte[] page = pages.get(e.id());
			if (page == null) {
				// not chosen, not fitting the plan, or (very rarely) a photo that stays
				// illegible in its share
				leftOut.add(label(e));
				continue;
			}
			parts.add(page);
			evidenceIn++;
		}
		parts.add(0, CoverPage.render(r, totalsRows, leftOut.stream().map(LeftOut::label).toList(), verifyUrl));
		byte[] merged = merge(parts);
		if (merged.length > plan.limit()) {
			// the reserve is far above what merging adds; should it not be, refuse rather
			// than hand out a file performance management will reject
			throw new IllegalStateException("merged portfolio of " + merged.length + " bytes over " + plan.limit());
		}
		return new Result(merged, numbers, evidenceIn, leftOut);
	}

	/**
	 * The bytes each photo page may take: lightest first, a photo whose page fits an
	 * equal share of what is left takes only what it needs, and the others share the rest
	 * equally.
	 */
	static Map<Long, Long> shares(List<EvidenceStore.StoredEvidence> images, Map<Long, Long> weights, long budget) {
		List<EvidenceStore.StoredEvidence> lightest = new ArrayList<>(images);
		lightest.sort(java.util.Comparator.comparingLong(e -> weights.get(e.id())));
		Map<Long, Long> shares = new HashMap<>();
		long left = budget;
		for (int i = 0; i < lightest.size(); i++) {
			long equal = left / (lightest.size() - i);
			long share = Math.min(weights.get(lightest.get(i).id()) + PAGE_OVERHEAD, equal);
			shares.put(lightest.get(i).id(), share);
			left -= share;
		}
		return shares;
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
