package id.kombel.shared.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

import id.kombel.shared.web.PublicPaths;

/**
 * The document as a whole: who may call what (bearer tokens from
 * {@code POST /api/v1/tokens}; the few public operations without), the problem schema,
 * and which properties may be null.
 */
final class ApiDocument implements OpenApiCustomizer {

	static final String BEARER = "bearer";

	/**
	 * Open without a token besides the modules' {@link PublicPaths}: see SecurityConfig.
	 */
	private static final List<String> PUBLIC = List.of("POST /api/v1/tokens");

	private final List<PublicPaths> open;

	private final SchemaNames names;

	private final MultipartForms forms;

	private final AntPathMatcher paths = new AntPathMatcher();

	ApiDocument(List<PublicPaths> open, SchemaNames names, MultipartForms forms) {
		this.open = open;
		this.names = names;
		this.forms = forms;
	}

	@Override
	public void customise(OpenAPI openApi) {
		openApi.info(new Info().title("Kombel API")
			.version("v1")
			.description("The API of Kombel, the platform of Indonesia's teacher learning communities. Sign in with "
					+ "POST /api/v1/tokens and send the token as `Authorization: Bearer <token>`. Errors are RFC 9457 "
					+ "problem details in the caller's language (`Accept-Language: id` or `en`)."));
		Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
		openApi.setComponents(components);
		components.addSecuritySchemes(BEARER,
				new SecurityScheme().type(SecurityScheme.Type.HTTP)
					.scheme("bearer")
					.description("An API token from POST /api/v1/tokens (opaque, revocable)"));
		Problems.addSchemas(components);
		forms.referenced().forEach(components::addSchemas);
		if (openApi.getPaths() != null) {
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
				if (!isPublic(method, path)) {
					op.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
					ApiResponse given = op.getResponses().get("401");
					op.getResponses().addApiResponse("401", Problems.response(401, given));
				}
			}));
		}
		if (components.getSchemas() != null) {
			components.getSchemas().forEach((name, schema) -> {
				Nullables.mark(schema, names.classOf(name));
				anyValues(schema);
			});
		}
		if (openApi.getPaths() != null) {
			openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
				op.getResponses().values().forEach(r -> anyValues(r.getContent()));
				if (op.getRequestBody() != null) {
					anyValues(op.getRequestBody().getContent());
				}
			}));
		}
	}

	private static void anyValues(Content content) {
		if (content != null) {
			content.values().forEach(media -> anyValues(media.getSchema()));
		}
	}

	/**
	 * A {@code Map<String, Object>}'s values are any JSON value (a number, a name), which
	 * swagger-core calls objects.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void anyValues(Schema schema) {
		if (schema == null) {
			return;
		}
		if (schema.getAdditionalProperties() instanceof Schema values) {
			if ("object".equals(values.getType()) && values.getProperties() == null && values.get$ref() == null) {
				schema.setAdditionalProperties(Boolean.TRUE);
			}
			else {
				anyValues(values);
			}
		}
		if (schema.getProperties() != null) {
			((Map<String, Schema>) schema.getProperties()).values().forEach(ApiDocument::anyValues);
		}
		anyValues(schema.getItems());
		for (List<Schema> parts : new List[] { schema.getAllOf(), schema.getOneOf(), schema.getAnyOf() }) {
			if (parts != null) {
				parts.forEach(ApiDocument::anyValues);
			}
		}
	}

	private boolean isPublic(PathItem.HttpMethod method, String path) {
		if (PUBLIC.contains(method + " " + path)) {
			return true;
		}
		if (method != PathItem.HttpMethod.GET) {
			return false;
		}
		// a path template's variables stand for a value the patterns may constrain
		String sample = path.replaceAll("\\{[^}]+}", "1");
		return open.stream().flatMap(p -> p.api().stream()).anyMatch(pattern -> paths.match(pattern, sample));
	}

}
