package id.kombel.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Kombel's own settings (see the README for each key).
 *
 * @param dataDir where the embedded database, search index and uploads live
 * @param demo seed the demo dataset into an empty database
 * @param api API token settings
 * @param oidc sign-in with an OpenID Connect provider
 * @param communities community health settings
 */
@ConfigurationProperties("kombel")
public record KombelProperties(Path dataDir, boolean demo, Api api, Oidc oidc, Communities communities) {

	public KombelProperties {
		dataDir = dataDir == null ? Path.of("data") : dataDir;
		api = api == null ? new Api(null) : api;
		oidc = oidc == null ? new Oidc(null) : oidc;
		communities = communities == null ? new Communities(null) : communities;
	}

	/**
	 * @param stalledAfter a community with no activity for this long is STALLED
	 */
	public record Communities(Duration stalledAfter) {
		public Communities {
			stalledAfter = stalledAfter == null ? Duration.ofDays(42) : stalledAfter;
		}
	}

	/**
	 * @param tokenTtl how long an API token stays valid
	 */
	public record Api(Duration tokenTtl) {
		public Api {
			tokenTtl = tokenTtl == null ? Duration.ofDays(30) : tokenTtl;
		}
	}

	/**
	 * @param allowedDomains e-mail domains allowed to sign in through the provider
	 */
	public record Oidc(List<String> allowedDomains) {
		public Oidc {
			allowedDomains = allowedDomains == null ? List.of("belajar.id") : List.copyOf(allowedDomains);
		}
	}
}
