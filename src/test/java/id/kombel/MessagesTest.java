package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bahasa Indonesia and English carry the same keys, none left empty. */
class MessagesTest {

	private static Properties load(String name) throws IOException {
		Properties p = new Properties();
		try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

	@ParameterizedTest
	@ValueSource(strings = { "messages", "messages-events", "messages-knowledge", "messages-portfolio" })
	void bothLanguagesHaveTheSameKeys(String bundle) throws IOException {
		Properties id = load(bundle + ".properties");
		Properties en = load(bundle + "_en.properties");
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(id.stringPropertyNames());
		assertThat(id.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
		assertThat(en.values()).allSatisfy(v -> assertThat(v.toString()).isNotBlank());
	}

}
