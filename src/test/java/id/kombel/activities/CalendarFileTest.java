package id.kombel.activities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;

/**
 * The calendar files as a calendar app reads them: parsed by ical4j, named, stamped the
 * same on every fetch, folded at 75 octets (not characters), with UIDs of this
 * deployment.
 */
class CalendarFileTest extends IntegrationTest {

	@Test
	void activityCalendarsAreNamedStableFoldedByOctetsAndUniquePerDeployment() throws Exception {
		Api guru = api().as("guru@demo.kombel.id");
		// long, and full of characters of more than one octet, as names and titles are
		String name = "Kombel Syafi’i René " + UUID.randomUUID().toString().substring(0, 6);
		long community = guru
			.post("/api/v1/communities",
					"{\"name\":\"" + name + "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}")
			.json()
			.get("id")
			.asLong();
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7)).plusDays(4).truncatedTo(ChronoUnit.HOURS);
		String title = "Refleksi “asesmen” — pembelajaran berdiferensiasi ‘kelas rendah’ ✓ ".repeat(2).strip();
		long id = guru.post("/api/v1/communities/" + community + "/activities",
				"{\"title\":\"" + title + "\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"Ruang guru\","
						+ "\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plusHours(2) + "\"}")
			.json()
			.get("id")
			.asLong();

		for (String path : new String[] { "/activities/" + id + ".ics",
				"/communities/" + community + "/calendar.ics" }) {
			String first = api().get(path).body();
			Thread.sleep(1100);
			String second = api().get(path).body();
			assertThat(second).as("DTSTAMP and everything else stay the same between fetches: " + path)
				.isEqualTo(first);
			for (String line : first.split("\r\n")) {
				assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of: " + line)
					.isLessThanOrEqualTo(75);
			}
			assertThat(first).as("every line ends in CRLF").doesNotContain("\n\n").endsWith("\r\n");

			Calendar calendar = new CalendarBuilder().build(new StringReader(first));
			assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo(name);
			VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
			assertThat(event.getProperty("SUMMARY").orElseThrow().getValue()).as("the title survives folding")
				.isEqualTo(title);
			String uid = event.getProperty("UID").orElseThrow().getValue();
			assertThat(uid).startsWith("activity-" + id + "@").doesNotEndWith("@kombel");
			assertThat(event.getProperty("DTSTAMP")).isPresent();
		}
	}

	@Test
	void aTicketAndAProgrammeEventOfferTheirOwnCalendarEntry() throws Exception {
		Api balai = api().as("balai@demo.kombel.id");
		long programme = 0;
		// the demo programme (its participants have phones), not one another test made
		for (var p : balai.get("/api/v1/programmes").json()) {
			if (p.get("title").asString().startsWith("Bimtek Penguatan Komunitas Belajar")) {
				programme = p.get("id").asLong();
			}
		}
		tools.jackson.databind.JsonNode dairi = null;
		for (tools.jackson.databind.JsonNode e : balai.get("/api/v1/programmes/" + programme + "/events").json()) {
			if (e.get("regencyCode").asString().equals("12.11")) {
				dairi = e;
			}
		}
		assertThat(dairi).isNotNull();
		long event = dairi.get("id").asLong();
		String code = balai.get("/api/v1/events/" + event + "/participants").json().get(0).get("ticketCode").asString();

		String ticket = api().get("/tickets/" + code + ".ics").body();
		Thread.sleep(1100);
		assertThat(api().get("/tickets/" + code + ".ics").body()).isEqualTo(ticket);
		for (String line : ticket.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(ticket));
		assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).contains("Bimtek", "Dairi");
		VEvent entry = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
		assertThat(entry.getProperty("UID").orElseThrow().getValue()).startsWith("event-" + event + "@")
			.doesNotEndWith("@kombel");
		assertThat(entry.getProperty("DTSTART").orElseThrow().getValue())
			.startsWith(dairi.get("date").asString().replace("-", ""));
		assertThat(entry.getProperty("DESCRIPTION").orElseThrow().getValue()).contains("WIB");

		assertThat(balai.get("/events/" + event + ".ics").status()).isEqualTo(200);
		assertThat(api().get("/events/" + event + ".ics").status()).as("not for visitors").isNotEqualTo(200);
		assertThat(api().get("/tickets/ZZZZZZZZ.ics").status()).isEqualTo(404);
	}

}
