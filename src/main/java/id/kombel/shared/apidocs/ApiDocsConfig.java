package id.kombel.shared.apidocs;

import java.util.List;

import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.PublicPaths;

/**
 * The OpenAPI document at {@code /v3/api-docs} as the API really is: the signed-in
 * account is no parameter, bearer tokens are declared, every status an operation answers
 * is listed (errors as RFC 9457 problems), files are binary, uploads multipart, and no
 * two classes share a schema name. Global rules instead of annotations on every method,
 * so the document follows the code.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfig {

	private final SchemaNames schemaNames = SchemaNames.scan("id.kombel");

	private final MultipartForms forms = new MultipartForms();

	static {
		// resolved from the security context (CurrentUserArgumentResolver), never sent
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(KombelUser.class);
		// Jackson 3's tree, which the Jackson 2 introspection of swagger-core would
		// describe by its getters: any JSON value
		SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.JsonNode.class, new Schema<>());
	}

	@Bean
	OpenApiCustomizer kombelApiDocument(List<PublicPaths> open) {
		return new ApiDocument(open, schemaNames, forms);
	}

	@Bean
	OperationCustomizer kombelApiOperations() {
		return new ApiOperations(forms);
	}

	/**
	 * Replaces swagger-core's default resolver (the registrar swaps converters of the
	 * same class) with one that names schemas by {@link SchemaNames}. Registered first,
	 * so it stays the last of the chain, behind springdoc's own converters.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	ModelResolver kombelSchemaNames() {
		return new ModelResolver(Json.mapper(), schemaNames);
	}

}
