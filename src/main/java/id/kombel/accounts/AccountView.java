package id.kombel.accounts;

import java.util.List;

/** An account as administrators and the API see it (never its password). */
public record AccountView(long id, String email, String displayName, Long educatorId, boolean enabled,
		List<Grant> grants) {
}
