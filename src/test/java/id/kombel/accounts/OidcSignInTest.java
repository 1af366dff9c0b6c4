package id.kombel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.kombel.support.IntegrationTest;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * Sign-in with belajar.id, end to end against a real OpenID Connect server running in the
 * test (mock-oauth2-server): discovery, the authorization code flow with its redirects,
 * the token and user-info calls and the ID token's signature are the real ones. A
 * teacher's address on a subdomain of the allowed domain gets in; another domain's is
 * refused with the reason, not "wrong e-mail or password", and the log says why without
 * saying who.
 */
@ExtendWith(OutputCaptureExtension.class)
class OidcSignInTest extends IntegrationTest {

	private static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

	static {
		PROVIDER.start();
	}

	@DynamicPropertySource
	static void provider(DynamicPropertyRegistry registry) {
		String prefix = "spring.security.oauth2.client.";
		registry.add(prefix + "registration.belajar.client-id", () -> "kombel");
		registry.add(prefix + "registration.belajar.client-secret", () -> "rahasia-klien");
		registry.add(prefix + "registration.belajar.scope", () -> "openid,email,profile");
		registry.add(prefix + "provider.belajar.issuer-uri", () -> PROVIDER.issuerUrl("belajar").toString());
		registry.add("kombel.oidc.allowed-domains", () -> "belajar.id");
	}

	@AfterAll
	static void stop() {
		PROVIDER.shutdown();
	}

	/** The provider's next sign-in is this person's. */
	private static void nextSignIn(String email, boolean verified, String name) {
		PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("belajar", UUID.randomUUID().toString(), "JWT",
				List.of("kombel"), Map.of("email", email, "email_verified", verified, "name", name), 3600));
	}

	/** A browser's walk: press the button, follow every redirect, keep the cookies. */
	private HttpResponse<String> signIn() throws IOException, InterruptedException {
		HttpClient browser = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		String login = browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
				.header("Accept-Language", "id")
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(login).as("the button names the provider, not its address")
			.contains("Masuk dengan belajar.id")
			.contains("/oauth2/authorization/belajar");
		return browser
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/authorization/belajar"))
				.header("Accept-Language", "id")
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aTeachersSubdomainAddressSignsInAndLandsSignedIn() throws Exception {
		String name = "Guru Belajar " + UUID.randomUUID().toString().substring(0, 6);
		nextSignIn("guru." + UUID.randomUUID().toString().substring(0, 8) + "@guru.sd.belajar.id", true, name);
		HttpResponse<String> landed = signIn();
		assertThat(landed.statusCode()).as(landed.body()).isEqualTo(200);
		assertThat(landed.uri().getPath()).isEqualTo("/");
		assertThat(landed.body()).as("signed in as the provider's person").contains(name);
	}

	@Test
	void anotherDomainIsRefusedWithTheReason(CapturedOutput output) throws Exception {
		String email = "tamu." + UUID.randomUUID().toString().substring(0, 8) + "@gmail.com";
		nextSignIn(email, true, "Tamu");
		HttpResponse<String> refused = signIn();
		assertThat(refused.uri().getPath()).isEqualTo("/login");
		assertThat(refused.uri().getQuery()).isEqualTo("refused");
		assertThat(refused.body()).contains("Masuk dengan belajar.id ditolak")
			.contains("domain yang diizinkan")
			.doesNotContain("Email atau kata sandi salah");
		assertThat(output.getAll()).contains("Sign-in with belajar refused: domain not allowed")
			.as("the log says why, not who")
			.doesNotContain(email);
	}

	@Test
	void anUnverifiedAddressIsRefusedToo() throws Exception {
		nextSignIn("guru." + UUID.randomUUID().toString().substring(0, 8) + "@guru.smp.belajar.id", false, "Belum");
		HttpResponse<String> refused = signIn();
		assertThat(refused.uri().toString()).endsWith("/login?refused");
		assertThat(refused.body()).contains("Masuk dengan belajar.id ditolak");
	}

}
