package id.kombel.accounts.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
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

	@Test
	void aLastAccessWithinTheIntervalIsNotPassedOnAndOneAfterItIs() {
		Instant written = stored(Duration.ofMinutes(30));
		LastAccessWriteBack.Tracked session = sessions.findById(id);
		session.setLastAccessedTime(written.plusSeconds(59));
		assertThat(session.getLastAccessedTime()).as("59 s later").isEqualTo(written);
		session.setLastAccessedTime(written.plusSeconds(60));
		assertThat(session.getLastAccessedTime()).as("a minute later").isEqualTo(written.plusSeconds(60));
	}

	@Test
	void aShortTimeoutShortensTheIntervalToATenthOfIt() {
		Instant written = stored(Duration.ofMinutes(5));
		LastAccessWriteBack.Tracked session = sessions.findById(id);
		session.setLastAccessedTime(written.plusSeconds(29));
		assertThat(session.getLastAccessedTime()).as("29 s of a 5-minute timeout").isEqualTo(written);
		session.setLastAccessedTime(written.plusSeconds(30));
		assertThat(session.getLastAccessedTime()).isEqualTo(written.plusSeconds(30));
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
