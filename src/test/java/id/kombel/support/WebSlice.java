package id.kombel.support;

import java.util.Set;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;
import id.kombel.shared.access.Scope;

/**
 * What the {@code @WebMvcTest} slices share: a signed-in teacher, as Spring Security
 * test's {@code user(...)}.
 */
public final class WebSlice {

	private WebSlice() {
	}

	/**
	 * A teacher who sees only themself; the services are mocks, so no account exists
	 * behind it.
	 */
	public static final KombelUser GURU = new KombelUser(7, "guru@demo.kombel.id", "Guru Uji", Set.of(Role.TEACHER),
			Scope.NOTHING, null);

}
