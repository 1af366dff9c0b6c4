package id.kombel.shared.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The OpenAPI document at {@code /v3/api-docs} tells the truth about the API: a real
 * validator finds nothing wrong with it, the signed-in account is no parameter, bearer
 * tokens are declared and required where the server requires them, files are binary,
 * errors are problems, every handler is in it and no two classes share a schema.
 * {@link LiveAnswersTest} checks real answers against it.
 */
class OpenApiDocumentTest extends IntegrationTest {

	static final Set<String> JSON = Set.of("application/json", "application/problem+json");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	private JsonNode document() {
		Response r = api().get("/v3/api-docs");
		assertThat(r.status()).isEqualTo(200);
		return r.json();
	}

	/** Every operation as "METHOD /path" with its JSON. */
	static Map<String, JsonNode> operations(JsonNode document) {
		Map<String, JsonNode> all = new java.util.TreeMap<>();
		document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
			if (Set.of("get", "put", "post", "patch", "delete").contains(op.getKey())) {
				all.put(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), op.getValue());
			}
		}));
		return all;
	}

	@Test
	void aRealValidatorFindsNothingWrong() {
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(api().get("/v3/api-docs").body(), null, options);
		assertThat(result.getMessages()).isEmpty();
		assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.0");
		assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
	}

	@Test
	void theSignedInAccountIsNoParameterNorSchema() {
		JsonNode doc = document();
		operations(doc).forEach((name, op) -> {
			List<String> parameters = op.has("parameters") ? op.get("parameters").findValuesAsString("name")
					: List.of();
			assertThat(parameters).as(name).doesNotContain("user", "locale", "request");
		});
		assertThat(doc.get("components").get("schemas").has("KombelUser")).isFalse();
		assertThat(doc.toString()).doesNotContain("KombelUser", "GrantedAuthority", "accountNonLocked");
	}

	@Test
	void uploadsAreMultipartWithTheirParts() {
		Map<String, JsonNode> ops = operations(document());
		for (String upload : List.of("POST /api/v1/materials", "POST /api/v1/materials/{id}/versions",
				"POST /api/v1/portfolio/evidence", "POST /api/v1/practices/{id}/photos",
				"POST /api/v1/communities/{id}/cycles/{cycleId}/evidence",
				"POST /api/v1/events/{id}/participants:import", "POST /api/v1/programmes/{id}/participants:import",
				"POST /api/v1/schools/import")) {
			JsonNode form = ops.get(upload).get("requestBody").get("content").get("multipart/form-data");
			assertThat(form).as(upload).isNotNull();
			JsonNode file = form.get("schema").get("properties").get("file");
			assertThat(file.get("type").asString() + "/" + file.get("format").asString()).as(upload)
				.isEqualTo("string/binary");
		}
		JsonNode material = ops.get("POST /api/v1/materials")
			.get("requestBody")
			.get("content")
			.get("multipart/form-data");
		assertThat(material.get("schema").get("properties").get("metadata").get("$ref").asString())
			.endsWith("/MaterialMetadata");
		assertThat(material.get("encoding").get("metadata").get("contentType").asString())
			.isEqualTo("application/json");
		JsonNode photo = ops.get("POST /api/v1/practices/{id}/photos");
		assertThat(photo.get("requestBody")
			.get("content")
			.get("multipart/form-data")
			.get("schema")
			.get("properties")
			.has("caption")).isTrue();
	}

	@Test
	void bearerTokensAreDeclaredAndRequiredWhereTheServerRequiresThem() {
		JsonNode doc = document();
		JsonNode bearer = doc.get("components").get("securitySchemes").get("bearer");
		assertThat(bearer.get("type").asString()).isEqualTo("http");
		assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
		List<String> refused = new ArrayList<>();
		operations(doc).forEach((name, op) -> {
			boolean secured = op.has("security") && op.get("security").toString().contains("bearer");
			assertThat(secured).as(name).isEqualTo(!name.equals("POST /api/v1/tokens"));
			if (secured) {
				assertThat(op.get("responses").has("401")).as(name).isTrue();
				// the security filters answer before any handler runs: nothing changes
				String[] parts = name.split(" ", 2);
				Response r = api().send(parts[0], parts[1].replaceAll("\\{[^}]+}", "1"));
				if (r.status() != 401) {
					refused.add(name + " answered " + r.status() + " without a token");
				}
			}
		});
		assertThat(refused).isEmpty();
	}

	@Test
	void filesAreBinaryAndJsonIsJson() {
		operations(document()).forEach((name, op) -> op.get("responses").properties().forEach(response -> {
			JsonNode content = response.getValue().get("content");
			if (content == null) {
				return;
			}
			content.properties().forEach(media -> {
				String where = name + " " + response.getKey() + " " + media.getKey();
				JsonNode schema = media.getValue().get("schema");
				if (JSON.contains(media.getKey())) {
					assertThat(schema.toString()).as(where).doesNotContain("\"format\":\"byte\"");
				}
				else {
					assertThat(schema.get("type").asString() + "/" + schema.get("format").asString()).as(where)
						.isEqualTo("string/binary");
				}
				assertThat(media.getKey().equals("*/*") && !schema.toString().contains("binary")).as(where).isFalse();
			});
		}));
		Map<String, JsonNode> ops = operations(document());
		Map<String, String> downloads = Map.of("GET /api/v1/portfolio.pdf", "application/pdf",
				"GET /api/v1/events/{id}/certificates.zip", "application/zip", "GET /api/v1/monitoring/compliance.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				"GET /api/v1/events/{id}/certificates/{number}.pdf", "application/pdf",
				"GET /api/v1/materials/{id}/download", "*/*", "GET /api/v1/imports/{id}/rejected.csv", "text/csv");
		downloads.forEach((name,
				type) -> assertThat(ops.get(name)
					.get("responses")
					.get("200")
					.get("content")
					.get(type)
					.get("schema")
					.get("format")
					.asString()).as(name).isEqualTo("binary"));
		ops.forEach((name, op) -> {
			if (name.matches(".*\\.(pdf|xlsx|zip|csv|ics)$")) {
				assertThat(op.get("responses").get("200").get("content").toString()).as(name).contains("binary");
			}
		});
	}

	@Test
	void errorsAreProblemsAndStatusesAreTheCodes() {
		JsonNode doc = document();
		assertThat(doc.get("components").get("schemas").get("ProblemDetail").get("properties").has("errors")).isTrue();
		operations(doc).forEach((name, op) -> op.get("responses").properties().forEach(response -> {
			int status = Integer.parseInt(response.getKey());
			if (status >= 400 && !(name.equals("POST /api/v1/admin/search/reindex") && status == 409)) {
				// (a reindex already running is answered with the index's status, as the
				// code does)
				JsonNode content = response.getValue().get("content");
				assertThat(content.propertyNames()).as(name + " " + status).containsExactly("application/problem+json");
				assertThat(content.get("application/problem+json").get("schema").get("$ref").asString())
					.endsWith("/ProblemDetail");
			}
		}));
		Map<String, JsonNode> ops = operations(doc);
		assertThat(ops.get("POST /api/v1/communities").get("responses").propertyNames()).contains("201", "400", "401")
			.doesNotContain("200");
		assertThat(ops.get("POST /api/v1/communities").get("responses").get("201").get("headers").has("Location"))
			.isTrue();
		assertThat(ops.get("DELETE /api/v1/tokens/current").get("responses").get("204").has("content")).isFalse();
		assertThat(ops.get("POST /api/v1/communities/{id}/join").get("responses").propertyNames()).contains("200",
				"201", "202");
		assertThat(ops.get("POST /api/v1/tokens").get("responses").propertyNames()).contains("201", "400", "401",
				"429");
		// thrown by the attendance service, a call below the handler
		assertThat(ops.get("POST /api/v1/activities/{id}/check-ins").get("responses").has("429")).isTrue();
		assertThat(ops.get("GET /api/v1/regions/{code}").get("responses").propertyNames()).contains("200", "400", "401",
				"404");
		assertThat(ops.get("GET /api/v1/accounts").get("responses").has("403")).isTrue();
		assertThat(ops.get("GET /api/v1/regions/{code}").get("responses").has("403")).isFalse();
	}

	@Test
	void everyApiHandlerIsAnOperation() {
		Set<String> handled = new TreeSet<>();
		for (RequestMappingInfo info : handlers.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/api/v1/")) {
					for (RequestMethod method : info.getMethodsCondition().getMethods()) {
						handled.add(method + " " + pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}"));
					}
				}
			}
		}
		Set<String> documented = operations(document()).keySet();
		assertThat(documented).containsExactlyInAnyOrderElementsOf(handled);
		assertThat(documented).contains("POST /api/v1/practices/{id}/photos",
				"PATCH /api/v1/practices/{id}/photos/{photoId}", "DELETE /api/v1/practices/{id}/photos/{photoId}");
		assertThat(documented.size()).isGreaterThan(130);
	}

	@Test
	void noTwoClassesShareASchema() {
		JsonNode schemas = document().get("components").get("schemas");
		Map<String, List<Class<?>>> bySimpleName = new java.util.HashMap<>();
		SchemaClasses.reachable(handlers)
			.forEach(c -> bySimpleName.computeIfAbsent(c.getSimpleName(), k -> new ArrayList<>()).add(c));
		Set<String> used = new HashSet<>();
		int shared = 0;
		for (List<Class<?>> same : bySimpleName.values()) {
			if (same.size() < 2) {
				continue;
			}
			shared++;
			for (Class<?> c : same) {
				Set<String> components = SchemaClasses.properties(c);
				String found = schemas.properties()
					.stream()
					.filter(s -> s.getKey().endsWith(c.getSimpleName()) && s.getValue().has("properties")
							&& new TreeSet<>(s.getValue().get("properties").propertyNames()).equals(components))
					.map(Map.Entry::getKey)
					.filter(used::add)
					.findFirst()
					.orElse(null);
				assertThat(found).as("a schema of its own for " + c.getName()).isNotNull();
			}
		}
		assertThat(shared).as("simple names two API classes share").isGreaterThan(0);
	}

}
