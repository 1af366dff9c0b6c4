package id.kombel.portfolio.pdf;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

/**
 * Makes the merged PDF for the API and the page alike: the record, the file, its
 * verification token (kept once the file is made), and the response with what was left
 * out ({@code X-Portfolio-Left-Out}: ids, comma-separated).
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

	public static Set<String> ids(String commaList) {
		return commaList == null ? Set.of()
				: Arrays.stream(commaList.split(","))
					.map(String::strip)
					.filter(s -> !s.isEmpty())
					.collect(Collectors.toSet());
	}

	public PortfolioPdf.Result make(Subject who, Period period, Set<String> exclude, Locale locale) {
		String base = id.kombel.shared.web.PublicAddress.base();
		PortfolioRecord r = portfolios.build(who, period, base, locale);
		long account = who.accountId() == null ? -1 : who.accountId();
		List<String> planned = r.certificates()
			.stream()
			.map(PortfolioRecord.Certificate::number)
			.filter(n -> !exclude.contains(n))
			.toList();
		int plannedEvidence = (int) r.evidence().stream().filter(e -> !exclude.contains("E" + e.id())).count();
		// an identical file handed out before verifies at its first address
		Optional<String> earlier = exports.existing(account, period.from(), period.to(), planned, plannedEvidence);
		String token = earlier.orElseGet(exports::newToken);
		PortfolioPdf.Result result = pdf.build(account, r, exclude, base + "/portfolio/verify/" + token, locale);
		boolean asPlanned = result.certificates().equals(planned) && result.evidence() == plannedEvidence;
		if (!asPlanned) {
			// the size limit left something out: the page of this file lists what is in
			// it
			Optional<String> same = exports.existing(account, period.from(), period.to(), result.certificates(),
					result.evidence());
			if (same.isPresent()) {
				return pdf.build(account, r, exclude, base + "/portfolio/verify/" + same.get(), locale);
			}
			if (earlier.isPresent()) {
				token = exports.newToken();
				result = pdf.build(account, r, exclude, base + "/portfolio/verify/" + token, locale);
			}
			exports.keep(token, account, period.from(), period.to(), result.certificates(), result.evidence());
		}
		else if (earlier.isEmpty()) {
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
