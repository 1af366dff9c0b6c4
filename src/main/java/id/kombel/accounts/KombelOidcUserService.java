package id.kombel.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import id.kombel.shared.KombelProperties;
import id.kombel.shared.access.KombelPrincipal;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;

/**
 * Sign-in through the OpenID Connect provider (belajar.id accounts are Google accounts):
 * only verified e-mails of the allowed domains get in; a first sign-in creates a TEACHER
 * account linked to the educator with that e-mail.
 */
@Component
class KombelOidcUserService extends OidcUserService {

	private static final Logger log = LoggerFactory.getLogger(KombelOidcUserService.class);

	static final class KombelOidcUser extends DefaultOidcUser implements KombelPrincipal {

		private final KombelUser user;

		KombelOidcUser(OidcUser oidc, KombelUser user) {
			super(user.getAuthorities(), oidc.getIdToken(), oidc.getUserInfo(), "email");
			this.user = user;
		}

		@Override
		public KombelUser kombelUser() {
			return user;
		}

	}

	private final Accounts accounts;

	private final KombelProperties properties;

	KombelOidcUserService(Accounts accounts, KombelProperties properties) {
		this.accounts = accounts;
		this.properties = properties;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser oidc = super.loadUser(request);
		String email = oidc.getEmail();
		if (email == null || !Boolean.TRUE.equals(oidc.getEmailVerified())
				|| !allowed(email, properties.oidc().allowedDomains())) {
			// the account's e-mail is personal: the log says why, not who
			log.warn("Sign-in with {} refused: {}", request.getClientRegistration().getRegistrationId(), email == null
					? "no e-mail"
					: !Boolean.TRUE.equals(oidc.getEmailVerified()) ? "e-mail not verified" : "domain not allowed");
			throw new OAuth2AuthenticationException(new OAuth2Error("domain_not_allowed"));
		}
		return new KombelOidcUser(oidc, userFor(email, oidc.getFullName()));
	}

	KombelUser userFor(String email, String name) {
		return accounts.userByEmail(email).orElseGet(() -> {
			accounts.create(new NewAccount(email, name == null || name.isBlank() ? email : name, null, null,
					List.of(Grant.of(Role.TEACHER))));
			return accounts.userByEmail(email).orElseThrow();
		});
	}

	static boolean allowed(String email, List<String> domains) {
		String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		// teachers' addresses are on subdomains (guru.sd.belajar.id): a domain allows its
		// subdomains, but not a look-alike such as notbelajar.id
		return domains.stream()
			.map(d -> d.strip().toLowerCase(Locale.ROOT))
			.filter(d -> !d.isEmpty())
			.anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
	}

}
