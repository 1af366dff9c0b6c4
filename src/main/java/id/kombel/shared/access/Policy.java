package id.kombel.shared.access;

/**
 * The one question every module answers for its own things: may this user do this to
 * that? Each module has one policy beside its facade, so a new feature asks it rather
 * than adding its own comparison of roles and memberships somewhere in a service; the
 * rules of a module then live in one place that can be read, and a list filter (a
 * {@link ScopeFilter}, a search audience) has one place to agree with.
 *
 * <p>
 * A refusal is answered the way the code already answers it: 403
 * ({@link OutOfScopeException}) for something the user may know exists, and a policy
 * overrides {@link #denied} with 404 where a 403 would tell that a hidden thing exists.
 *
 * @param <A> what is done (an enum of the module's actions)
 * @param <T> what it is done to
 */
public interface Policy<A, T> {

	boolean may(KombelUser user, A action, T target);

	default void require(KombelUser user, A action, T target) {
		if (!may(user, action, target)) {
			throw denied(action, target);
		}
	}

	/** The exception for a refusal; the message only goes to logs, never to the user. */
	default RuntimeException denied(A action, T target) {
		return new OutOfScopeException(action + " " + target);
	}

}
