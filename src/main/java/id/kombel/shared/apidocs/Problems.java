package id.kombel.shared.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;

/**
 * The RFC 9457 problem every error of the API is ({@code shared.web.ErrorHandling},
 * {@code ProblemResponses}), as a schema and as the responses that carry it.
 */
final class Problems {

	static final String SCHEMA = "ProblemDetail";

	static final String FIELD_ERROR = "FieldError";

	static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	private static final Map<Integer, String> DESCRIPTIONS = Map.ofEntries(
			Map.entry(400,
					"Bad Request: input not valid; `errors` names each field with a message in the "
							+ "caller's language"),
			Map.entry(401, "Unauthorized: no valid bearer token (or wrong credentials)"),
			Map.entry(403, "Forbidden: outside the caller's role or scope"),
			Map.entry(404, "Not Found: no such item, or not one the caller may see"),
			Map.entry(409, "Conflict: the request contradicts the current state, or raced another change"),
			Map.entry(413, "Content Too Large: a file over the size limit"),
			Map.entry(429, "Too Many Requests: too many attempts; try again after `Retry-After` seconds"),
			Map.entry(503, "Service Unavailable: the database is unreachable; try again after `Retry-After` seconds"));

	private Problems() {
	}

	static void addSchemas(Components components) {
		Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema())
			.required(List.of("field", "message"));
		Schema<?> problem = new ObjectSchema()
			.description("RFC 9457 problem details; `errors` on invalid input and conflicts")
			.addProperty("type", new StringSchema().format("uri-reference")._default("about:blank"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema().format("int32"))
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri-reference"))
			.addProperty("errors", new ArraySchema().items(new Schema<>().$ref(ref(FIELD_ERROR))))
			.required(List.of("status", "title"));
		components.addSchemas(FIELD_ERROR, fieldError);
		components.addSchemas(SCHEMA, problem);
	}

	/** A problem response of this status (its description kept when already given). */
	static ApiResponse response(int status, ApiResponse existing) {
		ApiResponse response = existing != null ? existing : new ApiResponse();
		if (response.getDescription() == null || response.getDescription().isBlank()) {
			response.setDescription(DESCRIPTIONS.getOrDefault(status, "Error"));
		}
		response.setContent(
				new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref(ref(SCHEMA)))));
		if (status == 429 || status == 503) {
			response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
				.schema(new IntegerSchema().format("int32")));
		}
		return response;
	}

	static String ref(String schema) {
		return "#/components/schemas/" + schema;
	}

}
