package id.kombel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The domain events an operator looks for are logged, by ids and numbers and never by
 * name or e-mail: certificates issued (activities' KB-, programmes' BT-) and revoked, and
 * rebuilds of the monitoring read model. (Ticket invitations: TicketMailRetryTest;
 * refused sign-ins: OidcSignInTest and the throttle tests; imports log their counts.)
 */
@ExtendWith(OutputCaptureExtension.class)
class OperatorLogsTest extends IntegrationTest {

	private static long id(Api api) {
		return api.get("/api/v1/tokens/current").json().get("accountId").asLong();
	}

	@Test
	void activityCertificatesAreLoggedByNumber(CapturedOutput output) {
		Api guru = api().as("guru@demo.kombel.id");
		Api anggota = api().as("anggota@demo.kombel.id");
		long community = guru
			.post("/api/v1/communities",
					"{\"name\":\"Kombel Log " + UUID.randomUUID().toString().substring(0, 8)
							+ "\",\"kind\":\"INTER_SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}")
			.json()
			.get("id")
			.asLong();
		anggota.post("/api/v1/communities/" + community + "/join", "");
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(1).truncatedTo(ChronoUnit.MINUTES);
		long activity = guru
			.post("/api/v1/communities/" + community + "/activities",
					"{\"title\":\"Diskusi log\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
							+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\"}")
			.json()
			.get("id")
			.asLong();
		for (long who : new long[] { id(guru), id(anggota) }) {
			guru.put("/api/v1/activities/" + activity + "/attendance/" + who, "{\"status\":\"PRESENT\"}");
		}
		assertThat(guru.post("/api/v1/activities/" + activity + "/close", "").status()).isEqualTo(200);
		String line = output.getAll()
			.lines()
			.filter(l -> l.contains("Activity " + activity + " of community " + community + " closed"))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains("by account " + id(guru))
			.contains("2 certificates issued [KB-")
			.doesNotContain("Rosmawati")
			.doesNotContain("Hotma")
			.doesNotContain("@");
	}

	@Test
	void programmeCertificatesIssuedAndRevokedAreLogged(CapturedOutput output) {
		Api balai = api().as("balai@demo.kombel.id");
		long programme = balai
			.post("/api/v1/programmes",
					"{\"title\":\"Bimtek Log " + UUID.randomUUID().toString().substring(0, 8)
							+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}")
			.json()
			.get("id")
			.asLong();
		long event = 0;
		for (JsonNode e : balai
			.post("/api/v1/programmes/" + programme + "/events:for-each-regency", "{\"date\":\"2024-05-27\"}")
			.json()) {
			if (e.get("regencyCode").asString().equals("12.11")) {
				event = e.get("id").asLong();
			}
		}
		String speaker = "Narasumber Rahasia " + UUID.randomUUID().toString().substring(0, 6);
		balai.post("/api/v1/events/" + event + "/speakers", "{\"name\":\"" + speaker + "\",\"topic\":\"Praktik\"}");
		Response issued = balai.post("/api/v1/events/" + event + "/certificates:issue", "");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		String number = issued.json().get(0).get("number").asString();
		assertThat(balai.post("/api/v1/events/" + event + "/certificates/" + number + ":revoke", "").status())
			.isEqualTo(200);
		long balaiId = id(balai);
		assertThat(output.getAll())
			.contains("Event " + event + " of programme " + programme + ": 1 certificates issued (BT-) by account "
					+ balaiId + ", 1 valid in all")
			.contains("Certificate " + number + " of event " + event + " revoked by account " + balaiId)
			.doesNotContain(speaker);
	}

	@Test
	void aRebuildOfTheReadModelIsLogged(CapturedOutput output) {
		Response rebuilt = api().as("admin@demo.kombel.id").post("/api/v1/admin/monitoring/rebuild", "");
		assertThat(rebuilt.status()).isEqualTo(200);
		assertThat(output.getAll()).containsPattern("Monitoring read model rebuilt: "
				+ rebuilt.json().get("communities").asInt() + " communities, \\d+ held activities in \\d+ ms");
	}

}
