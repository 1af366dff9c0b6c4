package id.kombel.knowledge.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import id.kombel.shared.web.PublicPaths;

/**
 * A teacher who gets a link on WhatsApp reads a public practice, question or material
 * without an account (the services show such a visitor public items only, and 404 for
 * anything else). Writing stays signed in, and so does the API.
 */
@Configuration
class KnowledgePaths {

	@Bean
	PublicPaths knowledgePublicPaths() {
		return PublicPaths.pages("/knowledge", "/practices/{id:\\d+}", "/questions/{id:\\d+}", "/materials/{id:\\d+}",
				"/materials/{id:\\d+}/download",
				"/practices/{id:\\d+}/photos/{photo:\\d+}/{variant:small|display}.jpg");
	}

}
