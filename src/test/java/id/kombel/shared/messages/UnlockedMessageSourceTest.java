package id.kombel.shared.messages;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;

import static org.assertj.core.api.Assertions.assertThat;

class UnlockedMessageSourceTest {

	private final UnlockedMessageSource messages = messages();

	private static UnlockedMessageSource messages() {
		UnlockedMessageSource messages = new UnlockedMessageSource();
		messages.setBasenames("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Test
	void eachFormattingGetsItsOwnFormatSoNoneQueuesOnAnother() {
		assertThat(messages.resolveCode("home.welcome", Locale.ENGLISH))
			.isNotSameAs(messages.resolveCode("home.welcome", Locale.ENGLISH));
		assertThat(messages.resolveCode("no.such.key", Locale.ENGLISH)).isNull();
	}

	@Test
	void formatsArgumentsInEitherLanguageAsBefore() {
		assertThat(messages.getMessage("home.welcome", new Object[] { "Sari" }, Locale.forLanguageTag("id")))
			.isEqualTo("Selamat datang, Sari");
		assertThat(messages.getMessage("admin.accounts-count", new Object[] { 1 }, Locale.ENGLISH))
			.isEqualTo("1 account");
		assertThat(messages.getMessage("admin.accounts-count", new Object[] { 3 }, Locale.ENGLISH))
			.isEqualTo("3 accounts");
	}

	@Test
	void takesBootsMessageSettings() throws Exception {
		MessageSourceProperties properties = new MessageSourceProperties();
		properties.setBasename(List.of("messages"));
		properties.setFallbackToSystemLocale(false);
		properties.setCommonMessages(
				List.of(new ByteArrayResource("kombel.common=Umum {0}".getBytes(StandardCharsets.ISO_8859_1))));
		MessageSource configured = new MessagesConfig().messageSource(properties);
		assertThat(configured).isInstanceOf(UnlockedMessageSource.class);
		assertThat(configured.getMessage("kombel.common", new Object[] { 1 }, Locale.ENGLISH)).isEqualTo("Umum 1");
		// no fallback to the machine's language: an unknown one gets the base
		// (Indonesian) text
		assertThat(configured.getMessage("home.welcome", new Object[] { "Sari" }, Locale.FRENCH))
			.isEqualTo("Selamat datang, Sari");
	}

	@Test
	void formatsRightWhenManyThreadsFormatTheSameMessage() throws Exception {
		List<Callable<Boolean>> tasks = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			int thread = t;
			tasks.add(() -> {
				for (int i = 0; i < 2_000; i++) {
					String name = "n" + thread + "-" + i;
					if (!messages.getMessage("home.welcome", new Object[] { name }, Locale.ENGLISH)
						.equals("Welcome, " + name)) {
						return false;
					}
				}
				return true;
			});
		}
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (Future<Boolean> done : pool.invokeAll(tasks)) {
				assertThat(done.get()).isTrue();
			}
		}
	}

}
