package id.kombel.accounts;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

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
	String signIn(Model model) {
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
