package id.kombel.communities;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Enums given as numbers and dates given as numbers are refused, naming the field. */
class StrictJsonTest extends IntegrationTest {

	private static void refused(Response r, String field) {
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.contentType()).startsWith("application/problem+json");
		assertThat(r.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
	}

	@Test
	void numbersForEnumsAndDatesAreRefused() {
		Api guru = api().as("guru@demo.kombel.id").inLanguage("id");
		refused(guru.post("/api/v1/communities",
				"{\"name\":\"Angka Jenis\",\"kind\":0,\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}"), "kind");
		refused(guru.post("/api/v1/communities",
				"{\"name\":\"Angka Jenjang\",\"kind\":\"SCHOOL\",\"levels\":[1,2],\"regionCode\":\"12.11\"}"),
				"levels");
		Response created = guru.post("/api/v1/communities", "{\"name\":\"Tanggal Angka " + System.nanoTime()
				+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().get("id").asLong();
		refused(guru.post("/api/v1/communities/" + id + "/goals",
				"{\"purpose\":\"INTEGRATE\",\"indicator\":\"A.2\",\"unit\":\"%\",\"baseline\":1,\"target\":2,\"dueDate\":-1}"),
				"dueDate");
		assertThat(guru.get("/api/v1/communities/" + id + "/goals").json()).as("nothing half-saved").isEmpty();
	}

}
