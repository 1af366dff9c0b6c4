package id.kombel.programmes.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import id.kombel.programmes.Views.SessionView;

/** A two-day programme: the venue phone starts on today's session, never tomorrow's. */
class CurrentSessionTest {

	private static final LocalDate DAY_1 = LocalDate.of(2026, 3, 9);

	private static final List<SessionView> TWO_DAYS = List.of(
			new SessionView("PAGI", LocalTime.of(8, 0), LocalTime.of(12, 0), "Pembukaan", 1),
			new SessionView("SIANG", LocalTime.of(13, 0), LocalTime.of(16, 30), "Materi", 1),
			new SessionView("PAGI2", LocalTime.of(8, 0), LocalTime.of(12, 0), "Praktik", 2),
			new SessionView("SIANG2", LocalTime.of(13, 0), LocalTime.of(15, 0), "Penutupan", 2));

	private static String at(LocalDate day, int hour, int minute) {
		return CurrentSession.pick(TWO_DAYS, DAY_1, LocalDateTime.of(day, LocalTime.of(hour, minute)));
	}

	@Test
	void atFourInTheAfternoonOfDayOneItIsTheAfternoonSessionNotTomorrowMorning() {
		assertThat(at(DAY_1, 16, 0)).isEqualTo("SIANG");
		assertThat(at(DAY_1, 7, 0)).isEqualTo("PAGI");
		assertThat(at(DAY_1, 12, 40)).isEqualTo("SIANG");
	}

	@Test
	void onDayTwoItIsDayTwosSessions() {
		assertThat(at(DAY_1.plusDays(1), 7, 45)).isEqualTo("PAGI2");
		assertThat(at(DAY_1.plusDays(1), 14, 0)).isEqualTo("SIANG2");
	}

	@Test
	void beforeTheEventTheFirstAndAfterItTheLast() {
		assertThat(at(DAY_1.minusDays(3), 10, 0)).isEqualTo("PAGI");
		assertThat(at(DAY_1.plusDays(5), 10, 0)).isEqualTo("SIANG2");
	}

}
