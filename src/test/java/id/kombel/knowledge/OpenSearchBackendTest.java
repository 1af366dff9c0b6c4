package id.kombel.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.kombel.support.Api;
import id.kombel.support.OpenSearchNode;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import id.kombel.knowledge.search.IndonesianSearchTest;
import id.kombel.knowledge.item.KnowledgeItem;

/**
 * "By configuration alone" on a real OpenSearch node: the whole knowledge API contract of
 * {@link KnowledgeApiTest} (affixes, filters, highlighting, visibility, freshness, the
 * rebuild) runs again here with {@code kombel.search.backend=elasticsearch}, and the
 * cluster's analyzer is checked to cut words as the embedded one does
 * ({@link IndonesianSearchTest}).
 */
@OnOpenSearch
class OpenSearchBackendTest extends KnowledgeApiTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	/**
	 * A request straight to the node, as its operator would send it; fails unless it
	 * answers 200.
	 */
	static JsonNode node(String method, String path, String json) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create(OpenSearchNode.get().uri() + path))
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build();
		HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(200);
		return JSON.readTree(r.body());
	}

	List<String> analyze(String text) throws Exception {
		String body = "{\"analyzer\":\"" + KnowledgeItem.ANALYZER + "\",\"text\":" + JSON.writeValueAsString(text)
				+ "}";
		return node("POST", "/practice-read/_analyze", body).get("tokens")
			.valueStream()
			.map(t -> t.get("token").asString())
			.toList();
	}

	@Test
	void theApplicationReallyRunsOnTheCluster() {
		ElasticsearchBackend backend = Search.mapping(entityManagerFactory)
			.backend()
			.unwrap(ElasticsearchBackend.class);
		assertThat(backend).isNotNull();
		Api admin = api().as("admin@demo.kombel.id");
		long id = create(admin, "/api/v1/practices", practice("Di klaster " + word(), "x", "PUBLIC", null));
		// the document is in the node's own index, not only somewhere in the application
		try {
			JsonNode source = node("GET", "/practice-read/_doc/" + id, null).get("_source");
			assertThat(source.get(KnowledgeItem.SHOWN_TITLE).asString()).startsWith("Di klaster ");
			assertThat(source.get("listed").asBoolean()).isTrue();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/**
	 * A cluster keeps the analyzer in the index: an index an older version made (here:
	 * without Indonesian stemming) is recreated by the administrators' rebuild with this
	 * version's analyzer.
	 */
	@Test
	void aRebuildRecreatesAnIndexWithOutdatedAnalysis() throws Exception {
		String index = node("GET", "/_alias/practice-write", null).propertyNames().iterator().next();
		JsonNode old = node("GET", "/" + index, null).get(index);
		ObjectNode analysis = (ObjectNode) old.get("settings").get("index").get("analysis").deepCopy();
		((ObjectNode) analysis.get("analyzer").get(KnowledgeItem.ANALYZER)).putArray("filter").add("lowercase");
		ObjectNode outdated = JSON.createObjectNode();
		outdated.set("aliases", old.get("aliases"));
		outdated.set("mappings", old.get("mappings"));
		outdated.putObject("settings").set("analysis", analysis);
		node("DELETE", "/" + index, null);
		node("PUT", "/" + index, JSON.writeValueAsString(outdated));
		assertThat(analyze("mengajar")).as("the outdated index").containsExactly("mengajar");

		Api admin = api().as("admin@demo.kombel.id");
		String w = word();
		long id = create(admin, "/api/v1/practices", practice("Analisis lama " + w, "Pengajaran " + w, "PUBLIC", null));
		assertThat(ids(admin.get("/api/v1/search?q=pengajaran+" + w).json())).containsExactly(id);
		assertThat(ids(admin.get("/api/v1/search?q=mengajar+" + w).json())).as("not stemmed yet").isEmpty();

		assertThat(admin.post("/api/v1/admin/search/reindex", "").status()).isEqualTo(202);
		JsonNode status;
		long deadline = System.currentTimeMillis() + 120_000;
		do {
			Thread.sleep(200);
			status = admin.get("/api/v1/admin/search/reindex").json();
		}
		while (status.get("running").asBoolean() && System.currentTimeMillis() < deadline);
		assertThat(status.get("error").isNull()).as(status.toString()).isTrue();
		assertThat(analyze("mengajar")).containsExactly("ajar");
		assertThat(ids(admin.get("/api/v1/search?q=mengajar+" + w).json())).containsExactly(id);
	}

	/**
	 * read-sync: the request that saves returns once the cluster has refreshed, so one
	 * search finds it.
	 */
	@Test
	void aSavedItemIsFoundByTheVeryNextSearch() {
		Api guru = api().as("guru@demo.kombel.id");
		for (int i = 0; i < 3; i++) {
			String w = word();
			long id = create(guru, "/api/v1/practices", practice("Segera " + w, "Pengajaran " + w, "PUBLIC", null));
			assertThat(ids(guru.get("/api/v1/search?q=mengajar+" + w).json())).containsExactly(id);
		}
	}

	@ParameterizedTest
	@CsvSource({ "mengajar, ajar", "pengajaran, ajar", "diajarkan, ajar", "ajar, ajar", "mengajarkan, ajar",
			"Pengajarannya, ajar", "pembelajaran, ajar", "membaca, baca", "dibacakan, baca", "mendiskusikan, diskusi",
			"menulis, tulis", "penilaian, nilai", "pertanyaan, tanya", "mengerjakan, kerja", "mempelajari, ajar",
			"Literasi, literasi" })
	void theClusterCutsAffixesLikeTheEmbeddedIndex(String word, String stem) throws Exception {
		assertThat(analyze(word)).containsExactly(stem);
	}

	@Test
	void stopWordsDropOutOnTheClusterToo() throws Exception {
		assertThat(analyze("yang dan di guru")).containsExactly("guru");
		assertThat(analyze("Murid-murid kelas rendah")).containsExactly("murid", "murid", "kelas", "rendah");
	}

}
