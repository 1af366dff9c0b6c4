package id.kombel.activities;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.Api.Response;
import id.kombel.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outsider (neither member nor partner) gets 404 for an activity that exists, as for
 * one that does not, so activity ids tell nothing; a partner who sees it is still refused
 * with 403 for what it may not do.
 */
class ActivityVisibilityTest extends IntegrationTest {

	@Test
	void anOutsiderCannotTellAnActivityExists() {
		Api guru = api().as("guru@demo.kombel.id");
		Response c = guru.post("/api/v1/communities",
				"{\"name\":\"Tersembunyi " + UUID.randomUUID().toString().substring(0, 8)
						+ "\",\"kind\":\"SCHOOL\",\"levels\":[\"SD\"],\"regionCode\":\"12.11\"}");
		assertThat(c.status()).as(c.body()).isEqualTo(201);
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(7))
			.truncatedTo(ChronoUnit.MINUTES)
			.minusMinutes(5);
		Response a = guru.post("/api/v1/communities/" + c.json().get("id").asLong() + "/activities",
				"{\"title\":\"Diskusi\",\"role\":\"DISCUSSION\",\"mode\":\"OFFLINE\",\"venue\":\"SD 1\",\"startsAt\":\""
						+ start + "\",\"endsAt\":\"" + start.plusHours(1) + "\"}");
		assertThat(a.status()).as(a.body()).isEqualTo(201);
		long id = a.json().get("id").asLong();

		String email = "luar." + UUID.randomUUID().toString().substring(0, 8) + "@example.id";
		assertThat(api().as("admin@demo.kombel.id")
			.post("/api/v1/accounts",
					"{\"email\":\"" + email + "\",\"displayName\":\"Orang Luar\",\"password\":\"rahasia-123\","
							+ "\"grants\":[{\"role\":\"TEACHER\"}]}")
			.status()).isEqualTo(201);
		Api outsider = api().as(email, "rahasia-123");
		assertThat(outsider.get("/api/v1/activities/" + id).status()).isEqualTo(404);
		assertThat(outsider.post("/api/v1/activities/" + id + "/check-ins", "{\"code\":\"000000\"}").status())
			.isEqualTo(404);
		assertThat(outsider.post("/api/v1/activities/" + id + "/close", "").status()).isEqualTo(404);
		assertThat(outsider.get("/api/v1/activities/999999999").status()).isEqualTo(404);

		assertThat(api().as("dinas.dairi@demo.kombel.id").post("/api/v1/activities/" + id + "/close", "").status())
			.as("a partner sees it, and is refused closing it")
			.isEqualTo(403);
	}

}
