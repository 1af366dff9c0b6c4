package id.kombel.portfolio.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.kombel.shared.certificates.CertificateRegistry;
import id.kombel.shared.certificates.VerifiedCertificate;
import id.kombel.shared.web.NotFoundException;
import id.kombel.shared.web.PublicPaths;

/**
 * Anyone with the QR of a merged portfolio PDF sees which certificates it holds and
 * whether each is still valid today. No name, NUPTK or NIP: the page proves the
 * certificates, the PDF says whose they are.
 */
@Controller
class VerificationController {

	/**
	 * A certificate of the file as the public page shows it; {@code found} false if gone.
	 */
	record Line(String number, String what, String issuedBy, java.time.LocalDate heldOn, Integer hours, boolean revoked,
			boolean found) {
	}

	private final Exports exports;

	private final List<CertificateRegistry> registries;

	VerificationController(Exports exports, List<CertificateRegistry> registries) {
		this.exports = exports;
		this.registries = registries;
	}

	@GetMapping("/portfolio/verify/{token}")
	String verify(@PathVariable String token, Locale locale, Model model) {
		Exports.Export export = exports.find(token).orElseThrow(() -> new NotFoundException("portfolio " + token));
		List<Line> lines = export.certificates().stream().map(n -> line(n, locale)).toList();
		model.addAttribute("export", export);
		model.addAttribute("lines", lines);
		return "portfolio/verify";
	}

	private Line line(String number, Locale locale) {
		Optional<VerifiedCertificate> found = registries.stream()
			.flatMap(r -> r.find(number, locale).stream())
			.findFirst();
		return found.map(c -> new Line(c.number(), c.what(), c.issuedBy(), c.heldOn(), c.hours(), c.revoked(), true))
			.orElseGet(() -> new Line(number, null, null, null, null, true, false));
	}

	@Bean
	static PublicPaths portfolioPublicPaths() {
		return PublicPaths.pages("/portfolio/verify/*");
	}

}
