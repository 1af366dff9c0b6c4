package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The edges of the programme events contract: what a reviewer found a caller can trip
 * over.
 */
class EventEdgeCasesTest extends IntegrationTest {

	private Api balai() {
		return api().as("balai@demo.kombel.id").inLanguage("id");
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	private static List<JsonNode> list(JsonNode array) {
		List<JsonNode> out = new ArrayList<>();
		array.forEach(out::add);
		return out;
	}

	private record Setup(long programme, long dairi, List<String> tickets) {
	}

	private Setup setup(Api balai) {
		Response p = balai.post("/api/v1/programmes",
				"{\"title\":\"Bimtek Tepi " + unique() + "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}");
		assertThat(p.status()).as(p.body()).isEqualTo(201);
		long id = p.json().get("id").asLong();
		JsonNode events = balai
			.post("/api/v1/programmes/" + id + "/events:for-each-regency", "{\"date\":\"2024-05-27\"}")
			.json();
		long dairi = list(events).stream()
			.filter(e -> e.get("regencyCode").asString().equals("12.11"))
			.findFirst()
			.orElseThrow()
			.get("id")
			.asLong();
		String tag = unique();
		Response r = balai.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv",
				("Nama;Kabupaten/Kota\nSatu " + tag + ";Dairi\nDua " + tag + ";Dairi\nTiga " + tag + ";Dairi\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(r.json().get("created").asInt()).as(r.body()).isEqualTo(3);
		List<String> tickets = list(balai.get("/api/v1/events/" + dairi + "/participants").json()).stream()
			.map(x -> x.get("ticketCode").asString())
			.toList();
		return new Setup(id, dairi, tickets);
	}

	@Test
	void anEventKeepsItsCapacityWithoutAVenueAndHasNoneWhenNoneIsGiven() {
		Api balai = balai();
		Setup s = setup(balai);
		Response onlyCapacity = balai.put("/api/v1/events/" + s.dairi(), "{\"date\":\"2024-05-27\",\"capacity\":150}");
		assertThat(onlyCapacity.status()).as(onlyCapacity.body()).isEqualTo(200);
		assertThat(onlyCapacity.json().get("capacity").asInt()).isEqualTo(150);
		Response onlyVenue = balai.put("/api/v1/events/" + s.dairi(),
				"{\"date\":\"2024-05-27\",\"venue\":\"Aula SMPN 1 Sidikalang\"}");
		assertThat(onlyVenue.json().get("capacity").isNull()).as(onlyVenue.body()).isTrue();
	}

	@Test
	void aTicketLinkSharedWithoutItsSignatureChecksInLikeItsTypedCode() {
		Api balai = balai();
		Setup s = setup(balai);
		// the link the WhatsApp message carries holds no signature: it is worth what the
		// typed code is
		Response r = balai.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"http://localhost:" + port
				+ "/tickets/" + s.tickets().get(0) + "\",\"session\":\"PAGI\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		Response wrong = balai.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"http://localhost:"
				+ port + "/tickets/" + s.tickets().get(1) + "?s=0123456789ab\",\"session\":\"PAGI\"}");
		assertThat(wrong.status()).as("a wrong signature is still refused").isEqualTo(400);
	}

	@Test
	void theVenueServiceWorkerIsNotServedToVisitors() {
		Setup s = setup(balai());
		// the script is a file of its own now, but only its committee-only address serves
		// it
		Response asFile = api().get("/js/event-check-in-sw.js");
		Response asVisitor = api().get("/events/" + s.dairi() + "/sw.js");
		assertThat(asFile.status()).isEqualTo(404);
		assertThat(asVisitor.status()).isNotEqualTo(200);
		assertThat(asFile.body() + asVisitor.body()).doesNotContain("kombel-check-in-");
	}

	@Test
	void theCheckInEndpointTakesABatchTooAndAnswersEachItem() {
		Api balai = balai();
		Setup s = setup(balai);
		String a = s.tickets().get(0);
		String b = s.tickets().get(1);
		Response single = balai.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"" + a + "\"}");
		assertThat(single.status()).as("the session under way is taken: " + single.body()).isEqualTo(201);
		Response batch = balai.post("/api/v1/events/" + s.dairi() + "/check-ins",
				"[{\"ticket\":\"" + a + "\"},{\"ticket\":\"" + b + "\",\"session\":\"pagi\",\"at\":\"kemarin\"},"
						+ "{\"ticket\":\"BUKAN\"},null]");
		assertThat(batch.status()).as(batch.body()).isEqualTo(200);
		assertThat(list(batch.json())).extracting(x -> x.get("status").asString())
			.containsExactly("ALREADY_CHECKED_IN", "CHECKED_IN", "REJECTED", "REJECTED");
		Response items = balai.post("/api/v1/events/" + s.dairi() + "/check-ins:batch",
				"{\"items\":[{\"key\":\"k1\",\"ticket\":\"" + b + "\",\"session\":\"PAGI\",\"at\":12},null]}");
		assertThat(items.status()).as(items.body()).isEqualTo(200);
		assertThat(list(items.json().get("results"))).extracting(x -> x.get("status").asString())
			.containsExactly("ALREADY_CHECKED_IN", "REJECTED");
		Response asArray = balai.post("/api/v1/events/" + s.dairi() + "/check-ins:batch",
				"[{\"ticket\":\"" + s.tickets().get(2) + "\",\"session\":\"PAGI\"}]");
		assertThat(list(asArray.json())).extracting(x -> x.get("status").asString()).containsExactly("CHECKED_IN");
		// the venue page's own queue, with an item a broken phone sent empty
		Response sync = balai.post("/events/" + s.dairi() + "/check-in/sync",
				"[null,{\"key\":\"x\",\"ticket\":\"" + b + "\",\"session\":\"PAGI\"}]");
		assertThat(sync.status()).as(sync.body()).isEqualTo(200);
		assertThat(list(sync.json().get("results"))).extracting(x -> x.get("status").asString())
			.containsExactly("REJECTED", "ALREADY_CHECKED_IN");
		Response en = api().as("balai@demo.kombel.id")
			.inLanguage("en")
			.post("/api/v1/events/" + s.dairi() + "/check-ins", "{\"ticket\":\"ZZZZ-ZZZZ\",\"session\":\"PAGI\"}");
		assertThat(en.status()).isEqualTo(400);
		assertThat(en.contentType()).startsWith("application/problem+json");
		assertThat(en.body()).contains("is not registered");
	}

	@Test
	void aBrokenCsvOrXlsxIsRefusedWithAReasonAndSavesNothing() {
		Api balai = balai();
		Setup s = setup(balai);
		Response quote = balai.upload("/api/v1/programmes/" + s.programme() + "/participants:import", "p.csv",
				"Nama;Kabupaten/Kota\n\"Ani;Dairi\nBudi;Dairi\n".getBytes(StandardCharsets.UTF_8));
		assertThat(quote.status()).as(quote.body()).isEqualTo(400);
		assertThat(quote.body()).contains("tanda kutip");
		assertThat(quote.contentType()).startsWith("application/problem+json");
		byte[] zipHeaderOnly = { 'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		Response xlsx = balai.upload("/api/v1/programmes/" + s.programme() + "/participants:import", "p.xlsx",
				zipHeaderOnly);
		assertThat(xlsx.status()).as(xlsx.body()).isEqualTo(400);
		assertThat(xlsx.body()).contains("tidak dapat dibaca");
		assertThat(balai.get("/api/v1/programmes/" + s.programme()).json().get("registered").asInt()).isEqualTo(3);
	}

	@Test
	void aWalkInWithTooLongASchoolNameIsTold() {
		Api balai = balai();
		Setup s = setup(balai);
		Response r = balai.post("/api/v1/events/" + s.dairi() + "/participants",
				"{\"name\":\"Walk In " + unique() + "\",\"schoolName\":\"" + "S".repeat(201) + "\"}");
		assertThat(r.status()).as(r.body()).isEqualTo(400);
		assertThat(r.body()).contains("schoolName");
		assertThat(balai.get("/api/v1/events/" + s.dairi() + "/participants").json().size()).isEqualTo(3);
	}

	@Test
	void someoneRefusedBeforeJoiningTheCommitteeChecksInOnceAdded() {
		Api balai = balai();
		Setup s = setup(balai);
		String email = "panitia." + unique() + "@example.id";
		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts", "{\"email\":\"" + email
					+ "\",\"displayName\":\"Panitia Dairi\",\"password\":\"rahasia-panitia\",\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		Api member = api().as(email, "rahasia-panitia");
		String ticket = "{\"ticket\":\"" + s.tickets().get(0) + "\",\"session\":\"PAGI\"}";
		assertThat(member.post("/api/v1/events/" + s.dairi() + "/check-ins", ticket).status()).isEqualTo(403);
		assertThat(balai
			.post("/api/v1/events/" + s.dairi() + "/committee",
					"{\"name\":\"Panitia Dairi\",\"kind\":\"REGENCY_OFFICE\",\"email\":\"" + email + "\"}")
			.status()).isEqualTo(201);
		assertThat(member.post("/api/v1/events/" + s.dairi() + "/check-ins", ticket).status())
			.as("no minute-long wait for the refusal to be forgotten")
			.isEqualTo(201);
	}

	@Test
	void chosenRegenciesAreCheckedAndAnEmptyChoiceIsABadRequest() {
		Api balai = balai();
		Response p = balai.post("/api/v1/programmes", "{\"title\":\"Bimtek Pilihan " + unique()
				+ "\",\"kind\":\"WEBINAR\",\"provinceCode\":\"12\",\"hours\":2}");
		long id = p.json().get("id").asLong();
		Response bad = balai.post("/api/v1/programmes/" + id + "/events:for-each-regency",
				"{\"date\":\"2024-05-27\",\"regencyCodes\":[\"12.11\",null]}");
		assertThat(bad.status()).as(bad.body()).isEqualTo(400);
		assertThat(bad.contentType()).startsWith("application/problem+json");
		Response two = balai.post("/api/v1/programmes/" + id + "/events:for-each-regency",
				"{\"date\":\"2024-05-27\",\"regencyCodes\":[\"12.11\",\"12.71\"]}");
		assertThat(two.status()).as(two.body()).isEqualTo(201);
		assertThat(list(two.json())).extracting(e -> e.get("regencyCode").asString()).containsExactly("12.11", "12.71");
	}

}
