package id.kombel.accounts;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import id.kombel.regions.Regions;
import id.kombel.schools.Schools;
import id.kombel.shared.access.KombelUser;

@Controller
class SignInController {

	private final ObjectProvider<ClientRegistrationRepository> oidcClients;

	private final Regions regions;

	private final Schools schools;

	SignInController(ObjectProvider<ClientRegistrationRepository> oidcClients, Regions regions, Schools schools) {
		this.oidcClients = oidcClients;
		this.regions = regions;
		this.schools = schools;
	}

	@GetMapping("/login")
	String signIn(Model model, @RequestParam(required = false) Long throttled, HttpServletResponse response) {
		if (throttled != null) {
			// the form says how long to wait; a client reading the status sees it too
			long wait = Math.clamp(throttled, 1, 3600);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", Long.toString(wait));
			model.addAttribute("waitMinutes", Math.max(1, (wait + 59) / 60));
		}
		List<ClientRegistration> providers = oidcClients
			.getIfAvailable() instanceof InMemoryClientRegistrationRepository repo
					? java.util.stream.StreamSupport.stream(repo.spliterator(), false).toList() : List.of();
		model.addAttribute("providers", providers);
		return "accounts/login";
	}

	@GetMapping("/")
	String home(KombelUser user, Model model) {
		if (user != null) {
			model.addAttribute("areas",
					user.scope()
						.areas()
						.stream()
						.map(a -> regions.find(a.regionCode()).orElse(null))
						.filter(r -> r != null)
						.distinct()
						.toList());
			model.addAttribute("mySchools", schools.findAll(user.scope().schoolIds()));
		}
		return "home";
	}

}
