package id.kombel.shared.certificates;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import id.kombel.shared.web.NotFoundException;

/**
 * Anyone checks a certificate: valid or revoked, for whom, for what; an unknown number is
 * a 404 page.
 */
@Controller
class CertificatePageController {

	private final List<CertificateRegistry> registries;

	CertificatePageController(List<CertificateRegistry> registries) {
		this.registries = registries;
	}

	@GetMapping("/certificates/{number}")
	String verify(@PathVariable String number, Locale locale, Model model) {
		String normalised = number.strip().toUpperCase(Locale.ROOT);
		VerifiedCertificate certificate = registries.stream()
			.flatMap(r -> r.find(normalised, locale).stream())
			.findFirst()
			.orElseThrow(() -> new NotFoundException(number));
		model.addAttribute("certificate", certificate);
		return "certificates/verify";
	}

}
