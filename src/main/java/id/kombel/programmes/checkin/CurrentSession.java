package id.kombel.programmes.checkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import id.kombel.programmes.Views;

/**
 * The session a venue phone starts on. Only today's sessions count (day 1 is the event's
 * date): the one under way or begun last (from half an hour before its start), else
 * today's first. Before the event the first session, after it the last.
 */
final class CurrentSession {

	private CurrentSession() {
	}

	static String pick(List<Views.SessionView> sessions, LocalDate heldOn, LocalDateTime now) {
		long day = ChronoUnit.DAYS.between(heldOn, now.toLocalDate()) + 1;
		List<Views.SessionView> today = sessions.stream().filter(s -> s.day() == day).toList();
		if (today.isEmpty()) {
			boolean after = sessions.stream().allMatch(s -> s.day() < day);
			return (after ? sessions.get(sessions.size() - 1) : sessions.get(0)).code();
		}
		String current = today.get(0).code();
		for (Views.SessionView s : today) {
			if (!now.toLocalTime().isBefore(s.startsAt().minusMinutes(30))) {
				current = s.code();
			}
		}
		return current;
	}

}
