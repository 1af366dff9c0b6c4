package id.kombel.knowledge;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import id.kombel.support.OpenSearchNode;

/**
 * Runs an integration test class on the elasticsearch backend against a real OpenSearch
 * node, configured exactly as an operator would ({@code kombel.search.backend},
 * {@code kombel.search.uris}). Every class so annotated shares one application context
 * and the one node of the test JVM. {@code -Dkombel.test.opensearch=off} leaves these
 * classes out (a quick run on a slow machine).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DisabledIfSystemProperty(named = "kombel.test.opensearch", matches = "off",
		disabledReason = "-Dkombel.test.opensearch=off")
@TestPropertySource(properties = "kombel.search.backend=elasticsearch")
@ContextConfiguration(initializers = OnOpenSearch.Node.class)
@interface OnOpenSearch {

	class Node implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues.of("kombel.search.uris=" + OpenSearchNode.get().uri()).applyTo(context);
		}

	}

}
