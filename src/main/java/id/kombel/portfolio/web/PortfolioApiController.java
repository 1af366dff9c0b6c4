package id.kombel.portfolio.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.format.annotation.DateTimeFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.portfolio.evidence.EvidenceMetadata;
import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.portfolio.pdf.PortfolioFiles;
import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioAccess;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.Portfolios;
import id.kombel.portfolio.record.Subject;
import id.kombel.portfolio.xapi.Statements;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The portfolio as JSON and as the merged PDF; evidence uploads. */
@RestController
class PortfolioApiController {

	private final Portfolios portfolios;

	private final PortfolioAccess access;

	private final PortfolioFiles files;

	private final EvidenceStore evidence;

	private final JsonMapper json;

	private final Statements statements;

	PortfolioApiController(Portfolios portfolios, PortfolioAccess access, PortfolioFiles files, EvidenceStore evidence,
			JsonMapper json, Statements statements) {
		this.statements = statements;
		this.portfolios = portfolios;
		this.access = access;
		this.files = files;
		this.evidence = evidence;
		this.json = json;
	}

	@GetMapping("/api/v1/portfolio")
	PortfolioRecord mine(KombelUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		return portfolios.build(access.self(user), Period.of(period, from, to, portfolios.today()), base(), locale);
	}

	@GetMapping("/api/v1/people/{educatorId}/portfolio")
	PortfolioRecord ofEducator(KombelUser user, @PathVariable long educatorId,
			@RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		return portfolios.build(access.educator(user, educatorId), Period.of(period, from, to, portfolios.today()),
				base(), locale);
	}

	/**
	 * What the merged PDF of the period would hold, before it is made: {@code include}
	 * the ids to check (certificate numbers and evidence ids {@code E12}; default all),
	 * {@code exclude} those to leave out.
	 */
	@GetMapping("/api/v1/portfolio/plan")
	PortfolioFiles.Json plan(KombelUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<String> include, @RequestParam(required = false) List<String> exclude,
			Locale locale) {
		Period p = Period.of(period, from, to, portfolios.today());
		return files.plan(access.self(user), p, PortfolioFiles.ids(include), PortfolioFiles.ids(exclude), locale)
			.json();
	}

	/**
	 * {@code include}: the items chosen from the plan (a choice that does not fit is a
	 * 400); or {@code exclude}: certificate numbers and evidence ids ({@code E12}) to
	 * leave out, the rest as far as it fits.
	 */
	@GetMapping("/api/v1/portfolio.pdf")
	ResponseEntity<byte[]> pdf(KombelUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<String> include, @RequestParam(required = false) List<String> exclude,
			Locale locale) {
		Period p = Period.of(period, from, to, portfolios.today());
		return files.response(
				files.make(access.self(user), p, PortfolioFiles.ids(include), PortfolioFiles.ids(exclude), locale), p);
	}

	/**
	 * The record as xAPI 1.0.3 statements; without a period, everything up to today.
	 */
	@GetMapping("/api/v1/portfolio/statements")
	Map<String, Object> statements(KombelUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		// a whole career by default, as a Learning Record Store keeps it (not the page's
		// 10-year limit)
		Period p = new Period(from != null ? from : LocalDate.of(2000, 1, 1), to != null ? to : portfolios.today());
		if (p.to().isBefore(p.from())) {
			throw InvalidInputException.of("to", "portfolio.period.order");
		}
		Subject who = access.self(user);
		return Map.of("statements", statements.of(who, portfolios.build(who, p, base(), locale), base()));
	}

	/**
	 * Multipart: {@code file} and {@code metadata} (JSON, as a form field or as a part
	 * with a file name, as curl's {@code -F metadata=@meta.json} sends it).
	 */
	@PostMapping(path = "/api/v1/portfolio/evidence", consumes = "multipart/form-data")
	ResponseEntity<PortfolioRecord.Evidence> upload(KombelUser user,
			@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestPart(name = "metadata",
					required = false) @Schema(implementation = EvidenceMetadata.class) MultipartFile metadataFile,
			HttpServletRequest request) throws IOException {
		String metadata = request.getParameter("metadata");
		if (metadata == null && metadataFile != null && metadataFile.getSize() < 100_000) {
			metadata = new String(metadataFile.getBytes(), StandardCharsets.UTF_8);
		}
		EvidenceMetadata m = parse(metadata);
		PortfolioRecord.Evidence created = evidence.add(user.accountId(), m, file == null ? null : file.getBytes());
		return ResponseEntity.created(URI.create("/api/v1/portfolio/evidence/" + created.id())).body(created);
	}

	private EvidenceMetadata parse(String metadata) {
		if (metadata == null || metadata.isBlank()) {
			throw InvalidInputException.of("metadata", "portfolio.evidence.metadata-missing");
		}
		try {
			return json.readValue(metadata, EvidenceMetadata.class);
		}
		catch (JacksonException ex) {
			throw InvalidInputException.of("metadata", "portfolio.evidence.metadata-invalid");
		}
	}

	private static String base() {
		return id.kombel.shared.web.PublicAddress.base();
	}

}
