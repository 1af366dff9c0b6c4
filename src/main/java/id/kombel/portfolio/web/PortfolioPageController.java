package id.kombel.portfolio.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import id.kombel.portfolio.evidence.EvidenceStore;
import id.kombel.portfolio.pdf.PortfolioFiles;
import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioAccess;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.Portfolios;
import id.kombel.portfolio.record.Subject;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.NotFoundException;
import id.kombel.shared.web.PageForms;
import id.kombel.shared.web.PublicAddress;

/**
 * {@code /portfolio}: the educator's own record for a period, the evidence form and the
 * merged PDF (with the items the size limit left out, to choose from);
 * {@code /people/{id}/portfolio}: the same record, read-only, for their principal or
 * supervisor.
 */
@Controller
class PortfolioPageController {

	private final Portfolios portfolios;

	private final PortfolioAccess access;

	private final PortfolioFiles files;

	private final EvidenceStore evidence;

	PortfolioPageController(Portfolios portfolios, PortfolioAccess access, PortfolioFiles files,
			EvidenceStore evidence) {
		this.portfolios = portfolios;
		this.access = access;
		this.files = files;
		this.evidence = evidence;
	}

	/**
	 * {@code include}: the items the user ticked, to see whether they fit before
	 * downloading (default: what fits, in the file's order).
	 */
	@GetMapping("/portfolio")
	String mine(KombelUser user, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<String> include, Locale locale, Model model) {
		if (!model.containsAttribute("form")) {
			// a refused upload keeps what was typed and its errors
			model.addAttribute("form", EvidenceForm.empty());
		}
		Period p = Period.of(period, from, to, portfolios.today());
		PortfolioFiles.Planned planned = files.plan(access.self(user), p, PortfolioFiles.ids(include), null, locale);
		model.addAttribute("plan", planned.plan());
		model.addAttribute("checked", include != null);
		return show(planned.record(), true, model);
	}

	@GetMapping("/people/{educatorId}/portfolio")
	String ofEducator(KombelUser user, @PathVariable long educatorId, @RequestParam(required = false) String period,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Locale locale,
			Model model) {
		Period p = Period.of(period, from, to, portfolios.today());
		return show(portfolios.build(access.educator(user, educatorId), p, PublicAddress.base(), locale), false, model);
	}

	@PostMapping("/portfolio/evidence")
	String upload(KombelUser user, @ModelAttribute("form") EvidenceForm form, BindingResult result, Locale locale,
			Model model, RedirectAttributes redirect) throws IOException {
		return PageForms.submit(result, () -> {
			evidence.add(user.accountId(), form.metadata(), form.file() == null ? null : form.file().getBytes());
			redirect.addFlashAttribute("added", form.title());
			// back to this semester, widened to the evidence's day when it is older
			Period semester = Period.of(null, null, null, portfolios.today());
			return semester.contains(form.date()) ? "redirect:/portfolio"
					: "redirect:/portfolio?from=" + form.date() + "&to=" + semester.to();
		}, () -> mine(user, null, null, null, null, locale, model));
	}

	@PostMapping("/portfolio/evidence/{id}/delete")
	String delete(KombelUser user, @PathVariable long id) {
		evidence.delete(user.accountId(), id);
		return "redirect:/portfolio";
	}

	@GetMapping("/portfolio/evidence/{id}")
	ResponseEntity<byte[]> file(KombelUser user, @PathVariable long id) {
		EvidenceStore.StoredEvidence e = evidence.find(user.accountId(), id)
			.orElseThrow(() -> new NotFoundException("evidence " + id));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(e.contentType()))
			.header(HttpHeaders.CACHE_CONTROL, "private")
			.body(evidence.content(e));
	}

	/**
	 * The merged PDF of the items ticked ({@code include}); a choice that does not fit
	 * goes back to the page, which names what does not, and nothing is made.
	 */
	@GetMapping("/portfolio/portfolio.pdf")
	ResponseEntity<byte[]> pdf(KombelUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) List<String> include, @RequestParam(required = false) String exclude,
			Locale locale) {
		Period p = Period.of(null, from, to, portfolios.today());
		Subject self = access.self(user);
		Set<String> chosen = PortfolioFiles.ids(include);
		PortfolioFiles.Planned planned = files.plan(self, p, chosen,
				PortfolioFiles.ids(exclude == null ? null : List.of(exclude)), locale);
		if (chosen != null && !planned.plan().fits()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.location(UriComponentsBuilder.fromPath("/portfolio")
					.queryParam("from", p.from())
					.queryParam("to", p.to())
					.queryParam("include", String.join(",", chosen))
					.build()
					.toUri())
				.build();
		}
		return files.response(files.make(self, p, planned, locale), p);
	}

	private String show(PortfolioRecord record, boolean own, Model model) {
		model.addAttribute("record", record);
		model.addAttribute("own", own);
		model.addAttribute("today", portfolios.today());
		return "portfolio/page";
	}

}
