package id.kombel.shared.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

/**
 * Real answers of the running server, each checked by a real OpenAPI validator against
 * the document it serves: the request as sent (path, query, token, body) and the answer
 * (status, content type, headers, body against its schema, unknown properties refused).
 * Successes, files and errors (400, 401, 403, 404 problems) of different operations.
 */
class LiveAnswersTest extends IntegrationTest {

	private OpenApiInteractionValidator validator;

	private List<String> templates;

	private final List<String> wrong = new ArrayList<>();

	private final Set<String> checked = new TreeSet<>();

	private int exchanges;

	@Test
	void answersMatchTheDocumentedSchemas() {
		Response document = api().get("/v3/api-docs");
		validator = OpenApiInteractionValidator.createForInlineApiSpecification(document.body()).build();
		templates = new ArrayList<>(document.json().get("paths").propertyNames());
		String admin = token("admin@demo.kombel.id");
		String guru = token("guru@demo.kombel.id");
		String member = token("anggota@demo.kombel.id");

		call(null, "POST", "/api/v1/tokens", "{\"email\":\"guru@demo.kombel.id\",\"password\":\"salah-salah\"}", 401);
		call(null, "POST", "/api/v1/tokens", "{}", 400);
		call(null, "GET", "/api/v1/regions/12", null, 401);
		call(guru, "GET", "/api/v1/tokens/current", null, 200);
		call(guru, "GET", "/api/v1/regions/12", null, 200);
		call(guru, "GET", "/api/v1/regions/12/children", null, 200);
		call(guru, "GET", "/api/v1/regions?level=PROVINCE", null, 200);
		call(guru, "GET", "/api/v1/regions/99", null, 404);
		call(guru, "GET", "/api/v1/regions/abc", null, 400);
		Response schools = call(guru, "GET", "/api/v1/schools?region=12.11&level=SD", null, 200);
		call(guru, "GET", "/api/v1/schools/" + schools.json().get("content").get(0).get("id").asLong(), null, 200);
		call(guru, "GET", "/api/v1/schools?region=abc&level=XX&size=500", null, 400);
		call(guru, "GET", "/api/v1/offices", null, 200);
		call(admin, "GET", "/api/v1/accounts", null, 200);
		call(guru, "GET", "/api/v1/accounts", null, 403);
		call(admin, "POST", "/api/v1/people", "{\"name\":\"X\",\"position\":\"WIZARD\"}", 400);

		String w = UUID.randomUUID().toString().substring(0, 8);
		long community = call(guru, "POST", "/api/v1/communities",
				"{\"name\":\"Kombel Dokumen " + w
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}",
				201)
			.json()
			.get("id")
			.asLong();
		call(guru, "GET", "/api/v1/communities/" + community, null, 200);
		call(guru, "GET", "/api/v1/communities?region=12.11", null, 200);
		call(guru, "GET", "/api/v1/communities/mine", null, 200);
		call(member, "POST", "/api/v1/communities/" + community + "/join", null, 201);
		call(guru, "GET", "/api/v1/communities/" + community + "/members", null, 200);
		call(guru, "GET", "/api/v1/communities/999999999", null, 404);
		long practice = call(guru, "POST", "/api/v1/practices", practice("Pojok baca " + w), 201).json()
			.get("id")
			.asLong();
		call(guru, "GET", "/api/v1/practices/" + practice, null, 200);
		call(guru, "GET", "/api/v1/practices/drafts", null, 200);
		call(member, "POST", "/api/v1/practices/" + practice + "/endorsements", null, 201);
		call(member, "DELETE", "/api/v1/practices/" + practice + "/endorsements", null, 204);
		call(guru, "POST", "/api/v1/questions",
				"{\"title\":\"Cara memulai asesmen " + w + "\",\"body\":\"Bagaimana memulainya?\",\"levels\":[\"SD\"]}",
				201);
		call(guru, "GET", "/api/v1/search?q=baca", null, 200);
		call(guru, "GET", "/api/v1/portfolio", null, 200);
		call(guru, "GET", "/api/v1/portfolio.pdf", null, 200);
		call(admin, "GET", "/api/v1/monitoring/summary", null, 200);
		call(admin, "GET", "/api/v1/monitoring/compliance.xlsx?region=12.11", null, 200);
		call(admin, "GET", "/api/v1/programmes", null, 200);
		call(admin, "GET", "/api/v1/admin/search/reindex", null, 200);
		call(token("guru@demo.kombel.id"), "DELETE", "/api/v1/tokens/current", null, 204);

		assertThat(wrong).isEmpty();
		assertThat(exchanges).isGreaterThanOrEqualTo(30);
		assertThat(checked).contains("GET /api/v1/regions/{code}", "POST /api/v1/tokens", "GET /api/v1/portfolio.pdf");
		assertThat(checked).as("different operations").hasSizeGreaterThanOrEqualTo(25);
	}

	@Test
	void theValidatorCatchesAnAnswerThatDiffersFromTheDocument() {
		OpenApiInteractionValidator strict = OpenApiInteractionValidator
			.createForInlineApiSpecification(api().get("/v3/api-docs").body())
			.build();
		String region = "{\"code\":\"12\",\"name\":\"Sumatera Utara\",\"level\":\"PROVINCE\",\"parentCode\":null}";
		Response real = api().as("guru@demo.kombel.id").get("/api/v1/regions/12");
		assertThat(responseErrors(strict, 200, "application/json", real.body())).isEmpty();
		assertThat(responseErrors(strict, 200, "application/json", region.replace("\"12\"", "12"))).isNotEmpty();
		assertThat(responseErrors(strict, 200, "application/json", region.replace("}", ",\"secret\":1}"))).isNotEmpty();
		assertThat(responseErrors(strict, 418, "application/json", region)).isNotEmpty();
		assertThat(responseErrors(strict, 404, "application/json", "{\"status\":404}")).isNotEmpty();
	}

	private static List<ValidationReport.Message> responseErrors(OpenApiInteractionValidator v, int status, String type,
			String body) {
		return v
			.validateResponse("/api/v1/regions/12", Request.Method.GET,
					new SimpleResponse.Builder(status).withContentType(type).withBody(body).build())
			.getMessages()
			.stream()
			.filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
			.toList();
	}

	private String token(String email) {
		return call(null, "POST", "/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"kombel-demo\"}", 201)
			.json()
			.get("token")
			.asString();
	}

	/**
	 * Sends a request, checks the status the test expects and both sides against the
	 * document.
	 */
	private Response call(String token, String method, String pathAndQuery, String json, int expected) {
		HttpRequest.Builder http = HttpRequest.newBuilder(URI.create(api().base() + pathAndQuery))
			.method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
		SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(method),
				pathAndQuery.split("\\?")[0]);
		if (token != null) {
			http.header("Authorization", "Bearer " + token);
			request.withAuthorization("Bearer " + token);
		}
		if (json != null) {
			http.header("Content-Type", "application/json");
			request.withContentType("application/json").withBody(json);
		}
		if (pathAndQuery.contains("?")) {
			for (String pair : pathAndQuery.split("\\?")[1].split("&")) {
				String[] kv = pair.split("=", 2);
				request.withQueryParam(kv[0], kv[1]);
			}
		}
		Response answer = new Api(api().base()).send(http.build());
		if (answer.status() != expected) {
			wrong.add(method + " " + pathAndQuery + " answered " + answer.status() + ", not " + expected + ": "
					+ answer.body());
		}
		SimpleResponse.Builder response = new SimpleResponse.Builder(answer.status());
		answer.raw().headers().map().forEach(response::withHeader);
		if (!answer.body().isEmpty()) {
			response.withBody(answer.body());
		}
		// a request refused on purpose breaks the document's rules: only its answer is
		// checked
		ValidationReport report = expected == 400 || token == null ? validator
			.validateResponse(pathAndQuery.split("\\?")[0], Request.Method.valueOf(method), response.build())
				: validator.validate(request.build(), response.build());
		if (report.hasErrors()) {
			wrong.add(method + " " + pathAndQuery + " " + answer.status() + ": " + report.getMessages());
		}
		exchanges++;
		checked.add(method + " " + template(pathAndQuery.split("\\?")[0]));
		return answer;
	}

	/**
	 * The documented path a concrete one falls under (literal segments before variables).
	 */
	private String template(String path) {
		return templates.stream()
			.filter(t -> path.matches(t.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.")))
			.min(java.util.Comparator.comparingInt(t -> t.split("\\{").length))
			.orElse(path);
	}

	private static String practice(String title) {
		return "{\"title\":\"" + title + "\",\"context\":\"Kelas 2 SD, 28 murid.\",\"problem\":\"Murid jarang membaca"
				+ "\",\"action\":\"Guru membaca nyaring setiap pagi.\",\"result\":\"Murid lebih lancar membaca.\","
				+ "\"reflection\":\"Perlu buku yang lebih banyak.\",\"levels\":[\"SD\"],\"subjects\":[\"Bahasa Indonesia\"],"
				+ "\"visibility\":\"PUBLIC\"}";
	}

}
