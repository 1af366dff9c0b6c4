package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.kombel.programmes.EventInvitationTest.FakeSmtp;
import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Ticket e-mails that fail while the mail server is down are tried again by the clustered
 * job with growing waits: delivered once the server is back, given up after the
 * configured attempts, and shown to staff either way.
 */
@ExtendWith(OutputCaptureExtension.class)
class TicketMailRetryTest extends IntegrationTest {

	static final int PORT = freePort();

	static FakeSmtp smtp;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("kombel.mail.retry-every", () -> "PT0.5S");
		registry.add("kombel.mail.first-retry-after", () -> "PT2S");
		registry.add("kombel.mail.max-attempts", () -> "4");
	}

	@AfterAll
	static void stop() throws IOException {
		if (smtp != null) {
			smtp.close();
		}
	}

	private static int freePort() {
		try (ServerSocket s = new ServerSocket(0)) {
			return s.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void eventually(String what, BooleanSupplier done) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(60));
		while (!done.getAsBoolean()) {
			assertThat(Instant.now()).as(what).isBefore(until);
			Thread.sleep(250);
		}
	}

	private static void importOne(Api balai, long programme, String name, String email) {
		String csv = "Nama;Email;Kabupaten/Kota\n" + name + ";" + email + ";Dairi\n";
		assertThat(balai
			.upload("/api/v1/programmes/" + programme + "/participants:import", "p.csv",
					csv.getBytes(StandardCharsets.UTF_8))
			.json()
			.get("created")
			.asInt()).isEqualTo(1);
	}

	private static long programme(Api balai, String title) {
		long id = balai
			.post("/api/v1/programmes",
					"{\"title\":\"" + title + "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}")
			.json()
			.get("id")
			.asLong();
		balai.post("/api/v1/programmes/" + id + "/events:for-each-regency", "{\"date\":\"2024-05-27\"}");
		return id;
	}

	private static JsonNode undelivered(Api balai, long programme) {
		Response r = balai.get("/api/v1/programmes/" + programme + "/invitations:undelivered");
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		return r.json();
	}

	@Test
	void failedTicketsAreRetriedUntilSentOrGivenUpAndStaffSeeThem(CapturedOutput output) throws Exception {
		Api balai = api().as("balai@demo.kombel.id").inLanguage("id");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long programme = programme(balai, "Bimtek Surat " + tag);

		// the server is down: the first round fails, and the job's tries after 2, 4 and 8
		// s too
		String first = "pertama." + tag + "@example.id";
		importOne(balai, programme, "Pertama " + tag, first);
		Response round = balai.post("/api/v1/programmes/" + programme + "/invitations:send", "");
		assertThat(round.json().get("failed").asInt()).isEqualTo(1);
		JsonNode failing = undelivered(balai, programme);
		assertThat(failing).hasSize(1);
		assertThat(failing.get(0).get("attempts").asInt()).isEqualTo(1);
		assertThat(failing.get(0).get("givenUp").asBoolean()).isFalse();
		assertThat(failing.get(0).get("error").asString()).contains("Connect").doesNotContain(first);
		assertThat(api().as("guru@demo.kombel.id")
			.get("/api/v1/programmes/" + programme + "/invitations:undelivered")
			.status()).as("for staff only").isEqualTo(403);
		eventually("given up after four attempts",
				() -> undelivered(balai, programme).get(0).get("givenUp").asBoolean());
		assertThat(undelivered(balai, programme).get(0).get("attempts").asInt()).isEqualTo(4);
		assertThat(balai.get("/programmes/" + programme).body()).contains("Email tiket yang belum terkirim (1)")
			.contains("gagal 4 kali, tidak dicoba lagi");
		assertThat(output.getAll()).contains("given up after 4 attempts")
			.contains("Ticket invitations for programme " + programme + " by account ")
			.contains(": 0 sent, 0 without e-mail, 0 sent before, 1 failed")
			.doesNotContain(first);

		// another fails while the server is down, then the server comes up: the job sends
		// it
		String second = "kedua." + tag + "@example.id";
		long other = programme(balai, "Bimtek Surat Lain " + tag);
		importOne(balai, other, "Kedua " + tag, second);
		assertThat(balai.post("/api/v1/programmes/" + other + "/invitations:send", "").json().get("failed").asInt())
			.isEqualTo(1);
		assertThat(balai.get("/programmes/" + other).body()).contains("dicoba lagi otomatis");
		smtp = new FakeSmtp(PORT);
		eventually("the retry sent it", () -> smtp.messages.stream().anyMatch(m -> m.contains(second)));
		assertThat(smtp.messages).as("given up is given up: the job leaves it to staff")
			.noneMatch(m -> m.contains(first));
		eventually("no longer listed", () -> undelivered(balai, other).isEmpty());
		assertThat(undelivered(balai, programme).get(0).get("name").asString()).isEqualTo("Pertama " + tag);
		assertThat(undelivered(balai, programme).get(0).get("givenUp").asBoolean()).isTrue();

		// staff send again: the given-up ticket goes now
		Response again = balai.post("/api/v1/programmes/" + programme + "/invitations:send", "");
		assertThat(again.json().get("sent").asInt()).isEqualTo(1);
		assertThat(undelivered(balai, programme)).isEmpty();
		assertThat(smtp.messages).anyMatch(m -> m.contains(first));
	}

}
