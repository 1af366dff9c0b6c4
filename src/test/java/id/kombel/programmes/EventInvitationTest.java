package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * Tickets go out by e-mail to participants who have an address, once; the others are
 * counted.
 */
class EventInvitationTest extends IntegrationTest {

	/** Just enough SMTP to accept messages and keep them. */
	static final class FakeSmtp implements AutoCloseable {

		final ServerSocket socket;

		final List<String> messages = new CopyOnWriteArrayList<>();

		FakeSmtp() throws IOException {
			this(0);
		}

		/**
		 * On a given port: a server that was down comes up where the application looks.
		 */
		FakeSmtp(int port) throws IOException {
			socket = new ServerSocket(port);
			Thread.ofVirtual().start(() -> {
				while (!socket.isClosed()) {
					try (Socket s = socket.accept()) {
						serve(s);
					}
					catch (IOException ex) {
						// closed
					}
				}
			});
		}

		private void serve(Socket s) throws IOException {
			BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
			PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
			out.print("220 fake\r\n");
			out.flush();
			String line;
			while ((line = in.readLine()) != null) {
				String command = line.toUpperCase();
				if (command.startsWith("DATA")) {
					out.print("354 go\r\n");
					out.flush();
					StringBuilder data = new StringBuilder();
					while (!(line = in.readLine()).equals(".")) {
						data.append(line).append('\n');
					}
					messages.add(data.toString());
					out.print("250 ok\r\n");
				}
				else if (command.startsWith("QUIT")) {
					out.print("221 bye\r\n");
					out.flush();
					return;
				}
				else {
					out.print("250 ok\r\n");
				}
				out.flush();
			}
		}

		@Override
		public void close() throws IOException {
			socket.close();
		}

	}

	static FakeSmtp smtp;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) throws IOException {
		smtp = new FakeSmtp();
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.socket.getLocalPort());
	}

	@AfterAll
	static void stop() throws IOException {
		smtp.close();
	}

	@Test
	void participantsWithAnEmailGetTheirTicketOnce() throws Exception {
		Api balai = api().as("balai@demo.kombel.id").inLanguage("id");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long id = balai
			.post("/api/v1/programmes",
					"{\"title\":\"Bimtek Undangan " + tag
							+ "\",\"kind\":\"BIMTEK\",\"provinceCode\":\"12\",\"hours\":8}")
			.json()
			.get("id")
			.asLong();
		JsonNode events = balai
			.post("/api/v1/programmes/" + id + "/events:for-each-regency", "{\"date\":\"2024-05-27\"}")
			.json();
		for (JsonNode e : events) {
			if (e.get("regencyCode").asString().equals("12.11")) {
				balai.put("/api/v1/events/" + e.get("id").asLong(),
						"{\"date\":\"2024-05-27\",\"venue\":\"Aula SMP Negeri 1 Sidikalang\"}");
			}
		}
		String csv = "Nama;Email;Kabupaten/Kota\nPenerima " + tag + ";penerima." + tag
				+ "@example.id;Dairi\nTanpa Email " + tag + ";;Dairi\n";
		assertThat(balai
			.upload("/api/v1/programmes/" + id + "/participants:import", "p.csv", csv.getBytes(StandardCharsets.UTF_8))
			.json()
			.get("created")
			.asInt()).isEqualTo(2);
		assertThat(api().as("guru@demo.kombel.id").post("/api/v1/programmes/" + id + "/invitations:send", "").status())
			.isEqualTo(403);

		Response sent = balai.post("/api/v1/programmes/" + id + "/invitations:send", "");
		assertThat(sent.status()).as(sent.body()).isEqualTo(200);
		assertThat(sent.json().get("sent").asInt()).isEqualTo(1);
		assertThat(sent.json().get("withoutEmail").asInt()).isEqualTo(1);
		assertThat(smtp.messages)
			.anySatisfy(m -> assertThat(m).contains("penerima." + tag + "@example.id").contains("/tickets/"));
		// read as a mail program reads it: HTML with the QR inline, and a plain-text part
		MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()),
				new ByteArrayInputStream(smtp.messages.stream()
					.filter(m -> m.contains("penerima." + tag + "@example.id"))
					.findFirst()
					.orElseThrow()
					.getBytes(StandardCharsets.UTF_8)));
		Map<String, String> parts = new HashMap<>();
		List<String> inline = new ArrayList<>();
		walk(mail, parts, inline);
		assertThat(parts).containsKeys("text/plain", "text/html");
		assertThat(parts.get("text/html")).contains("src=\"cid:ticket-qr\"")
			.contains("Senin, 27 Mei 2024")
			.contains("Aula SMP Negeri 1 Sidikalang")
			.contains("08.00–12.00 WIB")
			.contains("13.00–16.30 WIB")
			.contains("Penerima " + tag);
		assertThat(parts.get("text/plain")).contains("Senin, 27 Mei 2024")
			.contains("Aula SMP Negeri 1 Sidikalang")
			.contains("08.00–12.00 WIB")
			.doesNotContain("2024-05-27");
		assertThat(inline).as("the QR image, inline").contains("<ticket-qr> image/png");
		Response again = balai.post("/api/v1/programmes/" + id + "/invitations:send", "");
		assertThat(again.json().get("sent").asInt()).isZero();
		assertThat(again.json().get("invitedBefore").asInt()).isEqualTo(1);
	}

	private static void walk(Part part, Map<String, String> texts, List<String> inline) throws Exception {
		if (part.isMimeType("multipart/*")) {
			Multipart multi = (Multipart) part.getContent();
			for (int i = 0; i < multi.getCount(); i++) {
				walk(multi.getBodyPart(i), texts, inline);
			}
		}
		else if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
			texts.put(part.getContentType().replaceAll(";.*", "").strip().toLowerCase(), (String) part.getContent());
		}
		else if (part instanceof MimeBodyPart body && body.getContentID() != null) {
			inline.add(body.getContentID() + " " + part.getContentType().replaceAll(";.*", "").strip());
		}
	}

}
