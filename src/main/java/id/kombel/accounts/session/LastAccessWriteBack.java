package id.kombel.accounts.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The session store as the session filter sees it, writing a session's last access back
 * at most once per interval. Spring Session sets the last access on every request, and
 * its JDBC store then writes the session's row (an UPDATE of {@code spring_session},
 * holding the row's lock to the commit) on every page view of a signed-in browser. Here a
 * last access less than the interval after the one stored is not passed on, so an
 * unchanged session is not written at all (the store then opens no transaction); every
 * other change goes to the store as before and is written at the end of the request:
 * attributes set or removed (sign-in, security context, flash attributes), a new session
 * id, a new timeout, and an invalidation, which deletes the row.
 * <p>
 * The stored last access is thus up to one interval older than the true one, so a session
 * left idle ends up to one interval before its timeout, never after it. The interval is
 * therefore kept far below the timeout: at most a tenth of the session's own timeout (a
 * minute of thirty by default), and a session in use is written at least once in each
 * interval, so it is never taken for idle.
 * <p>
 * Spring Session offers no setting for this (its maintainers keep the servlet contract
 * that each request updates the last access, spring-session#1065), and its session type
 * is final, so the store is wrapped rather than configured.
 * <p>
 * The session filter also reads a session twice in a request whose response is committed
 * before the filter ends (most pages): it saves the session on the response's commit and
 * again at its end, and the second time looks the requested session up anew, a SELECT of
 * the row it has just written. So a session saved within one run of the filter (a
 * {@link Pass}) is remembered, on that thread only, and the next look-up of its id in
 * that run is answered with it: once, only while the session has not changed since (a
 * change, a new id, an invalidation drops it), and never after the run ends, so a later
 * request always reads the row, as another node may have ended the session meanwhile.
 */
final class LastAccessWriteBack implements SessionRepository<LastAccessWriteBack.Tracked> {

	private final SessionRepository<Session> store;

	private final Duration interval;

	private final ThreadLocal<Pass> passes = new ThreadLocal<>();

	@SuppressWarnings("unchecked")
	LastAccessWriteBack(SessionRepository<? extends Session> store, Duration interval) {
		// the store's own session type is private to it; it gets back only its own
		// sessions
		this.store = (SessionRepository<Session>) store;
		this.interval = interval;
	}

	@Override
	public Tracked createSession() {
		return new Tracked(store.createSession(), interval);
	}

	@Override
	public void save(Tracked session) {
		store.save(session.stored);
		Pass pass = passes.get();
		if (pass != null) {
			session.savedAs = session.getId();
			pass.saved = session;
		}
	}

	@Override
	public Tracked findById(String id) {
		Pass pass = passes.get();
		Tracked saved = pass == null ? null : pass.saved;
		if (saved != null && id.equals(saved.getId())) {
			pass.saved = null;
			if (id.equals(saved.savedAs) && !saved.isExpired()) {
				return saved;
			}
		}
		Session found = store.findById(id);
		return found == null ? null : new Tracked(found, interval);
	}

	@Override
	public void deleteById(String id) {
		Pass pass = passes.get();
		if (pass != null) {
			pass.saved = null;
		}
		store.deleteById(id);
	}

	/**
	 * Opens a pass of the session filter on this thread, to be closed on this thread when
	 * the filter ends ({@link OnePassSessionFilter}).
	 */
	Pass openPass() {
		Pass pass = new Pass(passes.get());
		passes.set(pass);
		return pass;
	}

	/** One run of the session filter on one thread: what it last saved. */
	final class Pass implements AutoCloseable {

		private final Pass outer;

		private Tracked saved;

		private Pass(Pass outer) {
			this.outer = outer;
		}

		@Override
		public void close() {
			if (outer == null) {
				passes.remove();
			}
			else {
				// a nested pass (an error page dispatched within the request) may have
				// changed or deleted what the outer one saved
				outer.saved = null;
				passes.set(outer);
			}
		}

	}

	/** A stored session whose last access is passed on once per interval. */
	static final class Tracked implements Session {

		private final Session stored;

		private final Duration interval;

		/** The id this was saved under, until it next changes; see {@link #findById}. */
		private String savedAs;

		private Tracked(Session stored, Duration interval) {
			this.stored = stored;
			this.interval = interval;
		}

		@Override
		public void setLastAccessedTime(Instant time) {
			if (!time.isBefore(stored.getLastAccessedTime().plus(interval()))) {
				savedAs = null;
				stored.setLastAccessedTime(time);
			}
		}

		/** Never more than a tenth of the timeout, so that expiry stays close to it. */
		private Duration interval() {
			Duration timeout = stored.getMaxInactiveInterval();
			Duration tenth = timeout.dividedBy(10);
			return timeout.isNegative() || tenth.compareTo(interval) >= 0 ? interval : tenth;
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			savedAs = null;
			return stored.changeSessionId();
		}

		@Override
		public <T> T getAttribute(String name) {
			return stored.getAttribute(name);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String name, Object value) {
			savedAs = null;
			stored.setAttribute(name, value);
		}

		@Override
		public void removeAttribute(String name) {
			savedAs = null;
			stored.removeAttribute(name);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration timeout) {
			savedAs = null;
			stored.setMaxInactiveInterval(timeout);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}

	}

}
