package id.kombel.portfolio.pdf;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.Portfolios;
import id.kombel.portfolio.record.Subject;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.PublicAddress;

/**
 * Plans and makes the merged PDF for the API and the page alike: the record, the plan of
 * what fits (shown before downloading), the file, its verification token (kept once the
 * file is made), and the response with what was left out ({@code X-Portfolio-Left-Out}:
 * ids, comma-separated).
 */
@Component
public class PortfolioFiles {

	public static final String LEFT_OUT = "X-Portfolio-Left-Out";

	private final Portfolios portfolios;

	private final PortfolioPdf pdf;

	private final Exports exports;

	PortfolioFiles(Portfolios portfolios, PortfolioPdf pdf, Exports exports) {
		this.portfolios = portfolios;
		this.pdf = pdf;
		this.exports = exports;
	}

	/** Ids from repeated parameters, each of which may be a comma-separated list. */
	public static Set<String> ids(List<String> values) {
		return values == null ? null
				: values.stream()
					.flatMap(v -> Arrays.stream(v.split(",")))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * What the file of the period would hold: {@code include} the ids the user chose
	 * (null: everything), {@code exclude} those to leave out (null: none). An id not in
	 * the record (unknown, another person's, another period's) is a 400 and nothing is
	 * made.
	 */
	public Planned plan(Subject who, Period period, Set<String> include, Set<String> exclude, Locale locale) {
		PortfolioRecord r = portfolios.build(who, period, PublicAddress.base(), locale);
		Set<String> known = new LinkedHashSet<>();
		r.certificates().forEach(c -> known.add(c.number()));
		r.evidence().forEach(e -> known.add(Plan.id(e)));
		for (Map.Entry<String, Set<String>> given : Map
			.of("include", include == null ? Set.<String>of() : include, "exclude",
					exclude == null ? Set.<String>of() : exclude)
			.entrySet()) {
			List<String> unknown = given.getValue().stream().filter(id -> !known.contains(id)).limit(10).toList();
			if (!unknown.isEmpty()) {
				throw InvalidInputException.of(given.getKey(), "portfolio.pdf.unknown-items",
						String.join(", ", unknown));
			}
		}
		Set<String> chosen = new LinkedHashSet<>(include == null ? known : include);
		if (exclude != null) {
			chosen.removeAll(exclude);
		}
		return new Planned(r, Plan.of(r, chosen, pdf.limit()));
	}

	/** A record and the plan of its file. */
	public record Planned(PortfolioRecord record, Plan plan) {

		/** The plan as the API answers it. */
		public Json json() {
			return new Json(record.from(), record.to(), plan.limit(), plan.plannedBytes(), plan.fits(), plan.items(),
					plan.leftOut().stream().map(Plan.Item::id).toList());
		}

	}

	/**
	 * {@code GET /api/v1/portfolio/plan}: every item with the bytes it takes at least,
	 * whether it was chosen and whether it is in the file; {@code leftOut} the chosen
	 * ones that do not fit.
	 */
	public record Json(java.time.LocalDate from, java.time.LocalDate to, long limitBytes, long plannedBytes,
			boolean fits, List<Plan.Item> items, List<String> leftOut) {
	}

	/**
	 * The file of the period. With {@code include} (the user's choice after seeing the
	 * plan) a choice that does not fit is a 400 naming what does not, and nothing is
	 * made; without it, what does not fit is left out and named.
	 */
	public PortfolioPdf.Result make(Subject who, Period period, Set<String> include, Set<String> exclude,
			Locale locale) {
		Planned planned = plan(who, period, include, exclude, locale);
		if (include != null && !planned.plan().fits()) {
			throw InvalidInputException.of("include", "portfolio.pdf.too-large", String.join(", ",
					planned.plan().leftOut().stream().map(i -> i.id() + " " + i.title()).limit(10).toList()));
		}
		return make(who, period, planned, locale);
	}

	/** The file of a plan made before. */
	public PortfolioPdf.Result make(Subject who, Period period, Planned planned, Locale locale) {
		Plan plan = planned.plan();
		PortfolioRecord r = planned.record();
		String base = PublicAddress.base();
		long account = who.accountId() == null ? -1 : who.accountId();
		List<String> numbers = r.certificates()
			.stream()
			.map(PortfolioRecord.Certificate::number)
			.filter(plan.included()::contains)
			.toList();
		int evidence = (int) r.evidence().stream().filter(e -> plan.included().contains(Plan.id(e))).count();
		// an identical file handed out before verifies at its first address
		Optional<String> earlier = exports.existing(account, period.from(), period.to(), numbers, evidence);
		String token = earlier.orElseGet(exports::newToken);
		PortfolioPdf.Result result = pdf.build(account, r, plan, base + "/portfolio/verify/" + token, locale);
		if (!result.certificates().equals(numbers) || result.evidence() != evidence) {
			// a photo stayed illegible in its share (the plan could not know):
			// the page of this file lists what is in it
			Optional<String> same = exports.existing(account, period.from(), period.to(), result.certificates(),
					result.evidence());
			token = same.orElseGet(exports::newToken);
			result = pdf.build(account, r, plan, base + "/portfolio/verify/" + token, locale);
			earlier = same;
		}
		if (earlier.isEmpty()) {
			exports.keep(token, account, period.from(), period.to(), result.certificates(), result.evidence());
		}
		return result;
	}

	public ResponseEntity<byte[]> response(PortfolioPdf.Result result, Period period) {
		List<String> leftOut = result.leftOut().stream().map(PortfolioPdf.LeftOut::id).toList();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("portofolio-" + period.from() + "-" + period.to() + ".pdf")
						.build()
						.toString())
			.header(LEFT_OUT, String.join(",", leftOut))
			.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, LEFT_OUT)
			.body(result.pdf());
	}

}
