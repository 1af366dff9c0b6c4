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

/**
 * "By configuration alone" on a real OpenSearch node: the whole knowledge API contract of
 * {@link KnowledgeApiTest} (affixes, filters, highlighting, visibility, freshness, the rebuild)
 * runs again here with {@code kombel.search.backend=elasticsearch}, and the cluster's analyzer
 * is checked to cut words as the embedded one does ({@link IndonesianSearchTest}).
 */
@OnOpenSearch
class OpenSearchBackendTest extends KnowledgeApiTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	List<String> analyze(String text) throws Exception {
		String body = "{\"analyzer\":\"" + KnowledgeItem.ANALYZER + "\",\"text\":" + JSON.writeValueAsString(text) + "}";
		HttpRequest request = HttpRequest.newBuilder(URI.create(OpenSearchNode.get().uri() + "/practice-read/_analyze"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
		return JSON.readTree(r.body()).get("tokens").valueStream().map(t -> t.get("token").asString()).toList();
	}

	@Test
	void theApplicationReallyRunsOnTheCluster() {
		ElasticsearchBackend backend = Search.mapping(entityManagerFactory).backend().unwrap(ElasticsearchBackend.class);
		assertThat(backend).isNotNull();
		Api admin = api().as("admin@demo.kombel.id");
		long id = create(admin, "/api/v1/practices", practice("Di klaster " + word(), "x", "PUBLIC", null));
		// the document is in the node's own index, not only somewhere in the application
		HttpRequest get = HttpRequest.newBuilder(URI.create(OpenSearchNode.get().uri() + "/practice-read/_doc/" + id)).build();
		try {
			HttpResponse<String> r = HttpClient.newHttpClient().send(get, HttpResponse.BodyHandlers.ofString());
			assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
			JsonNode source = JSON.readTree(r.body()).get("_source");
			assertThat(source.get("title").asString()).startsWith("Di klaster ");
			assertThat(source.get("listed").asBoolean()).isTrue();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	/** read-sync: the request that saves returns once the cluster has refreshed, so one search finds it. */
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
