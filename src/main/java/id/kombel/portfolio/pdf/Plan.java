package id.kombel.portfolio.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import id.kombel.portfolio.record.PortfolioRecord;

/**
 * What the merged PDF of a period will hold, known before it is made (from the record
 * alone, no file read): each certificate and evidence item with the bytes it takes at
 * least, whether the user chose it, and whether it fits the limit. Certificates come
 * first in date order, then evidence PDFs (taken as they are, in date order, while they
 * leave each chosen photo its smallest legible page), then the photos, which are made
 * smaller to share what is left. The file is made from the plan, so what the plan says is
 * left out is exactly what the file leaves out.
 *
 * @param limit the file's limit in bytes
 */
public record Plan(long limit, List<Item> items) {

	/** Room kept for the cover and the merged file's own structure. */
	static final long RESERVE = 200 * 1024;

	/** What a certificate page takes at most (about 8 KB measured: text and a QR). */
	static final long CERTIFICATE_PAGE = 16 * 1024;

	/** What the smallest legible photo page takes, kept free for each photo. */
	static final long SMALLEST_PHOTO_PAGE = 120 * 1024;

	/**
	 * @param id a certificate's number, or {@code E} and the evidence id
	 * @param kind CERTIFICATE, PDF or PHOTO
	 * @param bytes what it takes in the file at least (a photo: its smallest page)
	 * @param chosen the user wants it in
	 * @param included chosen, and it fits
	 */
	public record Item(String id, String kind, String title, LocalDate date, long bytes, boolean chosen,
			boolean included) {
	}

	/**
	 * The plan of the record's items; {@code chosen} null means all of them.
	 */
	public static Plan of(PortfolioRecord r, Set<String> chosen, long limit) {
		long budget = limit - RESERVE;
		List<Item> items = new ArrayList<>();
		for (PortfolioRecord.Certificate c : r.certificates()) {
			boolean wanted = chosen == null || chosen.contains(c.number());
			boolean fits = wanted && CERTIFICATE_PAGE <= budget;
			if (fits) {
				budget -= CERTIFICATE_PAGE;
			}
			items.add(new Item(c.number(), "CERTIFICATE", c.title(), c.heldOn(), CERTIFICATE_PAGE, wanted, fits));
		}
		long photos = r.evidence()
			.stream()
			.filter(e -> !isPdf(e) && (chosen == null || chosen.contains(id(e))))
			.mapToLong(Plan::smallestPage)
			.sum();
		List<Item> evidence = new ArrayList<>();
		for (PortfolioRecord.Evidence e : r.evidence()) {
			boolean wanted = chosen == null || chosen.contains(id(e));
			if (isPdf(e)) {
				boolean fits = wanted && e.sizeBytes() <= budget - photos;
				if (fits) {
					budget -= e.sizeBytes();
				}
				evidence.add(new Item(id(e), "PDF", e.title(), e.date(), e.sizeBytes(), wanted, fits));
			}
			else {
				evidence.add(null);
			}
		}
		// the photos in date order, while each still has its smallest page
		for (int i = 0; i < r.evidence().size(); i++) {
			PortfolioRecord.Evidence e = r.evidence().get(i);
			if (!isPdf(e)) {
				boolean wanted = chosen == null || chosen.contains(id(e));
				long smallest = smallestPage(e);
				boolean fits = wanted && smallest <= budget;
				if (fits) {
					budget -= smallest;
				}
				evidence.set(i, new Item(id(e), "PHOTO", e.title(), e.date(), smallest, wanted, fits));
			}
		}
		items.addAll(evidence);
		return new Plan(limit, List.copyOf(items));
	}

	/** Chosen items that do not fit. */
	public List<Item> leftOut() {
		return items.stream().filter(i -> i.chosen() && !i.included()).toList();
	}

	public boolean fits() {
		return leftOut().isEmpty();
	}

	/** Ids of the items in the file. */
	public Set<String> included() {
		return items.stream()
			.filter(Item::included)
			.map(Item::id)
			.collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/** The items by id. */
	public java.util.Map<String, Item> byId() {
		java.util.Map<String, Item> byId = new java.util.HashMap<>();
		items.forEach(i -> byId.put(i.id(), i));
		return byId;
	}

	/** What the cover and the file's structure take. */
	public long reserve() {
		return RESERVE;
	}

	/** What the items in the file take at least. */
	public long plannedBytes() {
		return RESERVE + items.stream().filter(Item::included).mapToLong(Item::bytes).sum();
	}

	/**
	 * What is kept for a photo: its page at the smallest legible size (a small photo
	 * needs less, but its copy may weigh more than its file).
	 */
	static long smallestPage(PortfolioRecord.Evidence e) {
		return SMALLEST_PHOTO_PAGE;
	}

	static String id(PortfolioRecord.Evidence e) {
		return "E" + e.id();
	}

	static boolean isPdf(PortfolioRecord.Evidence e) {
		return e.contentType().equals("application/pdf");
	}

}
