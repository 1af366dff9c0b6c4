package id.kombel.accounts.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;

/**
 * Which last accesses reach the store: one per interval, and the interval never more than
 * a tenth of the session's timeout ({@code SessionWritesTest} counts the statements).
 */
class LastAccessWriteBackTest {

	private final MapSessionRepository store = new MapSessionRepository(new ConcurrentHashMap<>());

	private final LastAccessWriteBack sessions = new LastAccessWriteBack(store, Duration.ofMinutes(1));

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

	private Instant stored(Duration timeout) {
		MapSession session = store.createSession();
		Instant written = Instant.now().minusSeconds(60);
		session.setLastAccessedTime(written);
		session.setMaxInactiveInterval(timeout);
		store.save(session);
		id = session.getId();
		return written;
	}

}
