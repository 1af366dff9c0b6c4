package id.kombel.accounts.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * Which last accesses reach the store: one per interval, and the interval never more than
 * a tenth of the session's timeout; and which look-ups are answered without the store:
 * the first of a session just saved, in the same pass on the same thread, while unchanged
 * ({@code SessionWritesTest} counts the statements).
 */
class LastAccessWriteBackTest {

	private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>());

	private final AtomicInteger reads = new AtomicInteger();

	private final LastAccessWriteBack sessions = new LastAccessWriteBack(new Counted(), Duration.ofMinutes(1));

	private String id;

	/**
	 * A 30-minute timeout keeps the configured minute; a 5-minute one shortens it to its
	 * tenth, 30 s: a last access just inside the interval is not passed on, one at its
	 * end is.
	 */
	@ParameterizedTest(name = "timeout {0} min: interval {1} s")
	@CsvSource({ "30, 60", "5, 30" })
	void aLastAccessWithinTheIntervalIsNotPassedOnAndOneAfterItIs(int timeoutMinutes, int intervalSeconds) {
		Instant written = stored(Duration.ofMinutes(timeoutMinutes));
		LastAccessWriteBack.Tracked session = sessions.findById(id);
		session.setLastAccessedTime(written.plusSeconds(intervalSeconds - 1));
		assertThat(session.getLastAccessedTime()).as("just inside the interval").isEqualTo(written);
		session.setLastAccessedTime(written.plusSeconds(intervalSeconds));
		assertThat(session.getLastAccessedTime()).as("at its end").isEqualTo(written.plusSeconds(intervalSeconds));
	}

	@Test
	void otherChangesGoToTheStoreAsBefore() {
		stored(Duration.ofMinutes(30));
		LastAccessWriteBack.Tracked session = sessions.findById(id);
		session.setAttribute("flash", "saved");
		session.setMaxInactiveInterval(Duration.ofMinutes(10));
		String newId = session.changeSessionId();
		sessions.save(session);
		Session saved = store.findById(newId);
		assertThat(saved.<String>getAttribute("flash")).isEqualTo("saved");
		assertThat(saved.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(10));
		sessions.deleteById(newId);
		assertThat(sessions.findById(newId)).isNull();
	}

	@Test
	void aSessionSavedInAPassIsLookedUpOnceWithoutTheStore() {
		stored(Duration.ofMinutes(30));
		try (LastAccessWriteBack.Pass pass = sessions.openPass()) {
			LastAccessWriteBack.Tracked session = foundAndSaved();
			assertThat(sessions.findById(id)).as("the session just saved").isSameAs(session);
			assertThat(reads).as("read once, at the start").hasValue(1);
			assertThat(sessions.findById(id)).as("looked up again").isNotSameAs(session).isNotNull();
			assertThat(reads).as("read from the store again").hasValue(2);
		}
	}

	@Test
	void aSessionSavedOutsideAPassOrAfterItOrOnAnotherThreadIsReadFromTheStore() throws Exception {
		stored(Duration.ofMinutes(30));
		LastAccessWriteBack.Tracked session = foundAndSaved();
		assertThat(sessions.findById(id)).as("saved in no pass").isNotSameAs(session);
		try (LastAccessWriteBack.Pass pass = sessions.openPass()) {
			sessions.save(session);
			AtomicReference<LastAccessWriteBack.Tracked> there = new AtomicReference<>();
			Thread other = Thread.ofPlatform().start(() -> {
				try (LastAccessWriteBack.Pass itsOwn = sessions.openPass()) {
					there.set(sessions.findById(id));
				}
			});
			other.join();
			assertThat(there.get()).as("on another thread").isNotNull().isNotSameAs(session);
		}
		assertThat(sessions.findById(id)).as("after the pass").isNotSameAs(session);
		assertThat(reads).hasValue(4);
	}

	@Test
	void aSessionDeletedOrChangedSinceItsSaveIsReadFromTheStore() {
		stored(Duration.ofMinutes(30));
		try (LastAccessWriteBack.Pass pass = sessions.openPass()) {
			LastAccessWriteBack.Tracked session = foundAndSaved();
			sessions.deleteById(id);
			assertThat(sessions.findById(id)).as("signed out after the save").isNull();

			session = sessions.createSession();
			sessions.save(session);
			session.setAttribute("flash", "saved");
			assertThat(sessions.findById(session.getId())).as("changed since")
				.isNotSameAs(session)
				.satisfies(read -> assertThat(read.<String>getAttribute("flash")).isNull());

			sessions.save(session);
			String savedAs = session.getId();
			String newId = session.changeSessionId();
			assertThat(sessions.findById(savedAs)).as("by the id it was saved under").isNotSameAs(session);
			assertThat(sessions.findById(newId)).as("by its new id, not yet saved").isNull();
		}
	}

	@Test
	void aNestedPassForgetsWhatTheOuterOneSaved() {
		stored(Duration.ofMinutes(30));
		try (LastAccessWriteBack.Pass pass = sessions.openPass()) {
			LastAccessWriteBack.Tracked session = foundAndSaved();
			try (LastAccessWriteBack.Pass errorPage = sessions.openPass()) {
				assertThat(sessions.findById(id)).as("in the nested pass").isNotSameAs(session);
			}
			assertThat(sessions.findById(id)).as("after it").isNotSameAs(session);
		}
	}

	/**
	 * The stored session as the filter reads it and then saves it at the response's
	 * commit.
	 */
	private LastAccessWriteBack.Tracked foundAndSaved() {
		LastAccessWriteBack.Tracked session = sessions.findById(id);
		sessions.save(session);
		return session;
	}

	private Instant stored(Duration timeout) {
		MapSession session = store.createSession();
		Instant written = Instant.now().minusSeconds(60);
		session.setLastAccessedTime(written);
		session.setMaxInactiveInterval(timeout);
		store.save(session);
		id = session.getId();
		return written;
	}

	/** The store, counting its look-ups. */
	private final class Counted implements SessionRepository<MapSession> {

		@Override
		public MapSession createSession() {
			return store.createSession();
		}

		@Override
		public void save(MapSession session) {
			store.save(session);
		}

		@Override
		public MapSession findById(String id) {
			reads.incrementAndGet();
			return store.findById(id);
		}

		@Override
		public void deleteById(String id) {
			store.deleteById(id);
		}

	}

}
