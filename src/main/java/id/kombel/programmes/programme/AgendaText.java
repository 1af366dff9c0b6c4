package id.kombel.programmes.programme;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.kombel.shared.web.InvalidInputException;
import id.kombel.programmes.ProgrammeForm;

/**
 * The agenda as staff type it on the page: one session per line, "PAGI 08.00-12.00
 * Pengelolaan komunitas"; a line of a later day starts with it: "Hari 2 PAGI2 08.00-12.00
 * Praktik" (also "H2", "Day 2").
 */
final class AgendaText {

	private static final Pattern LINE = Pattern.compile(
			"^\\s*(?:(?:hari|day|h)\\s*(\\d{1,2})\\s*:?\\s+)?(\\S+)\\s+(\\d{1,2})[.:](\\d{2})\\s*[-–]\\s*(\\d{1,2})[.:](\\d{2})\\s+(.+)$",
			Pattern.CASE_INSENSITIVE);

	private AgendaText() {
	}

	/** The sessions, or null for an empty text (the default agenda then applies). */
	static List<ProgrammeForm.SessionForm> parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		List<ProgrammeForm.SessionForm> sessions = new ArrayList<>();
		String[] lines = text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].isBlank()) {
				continue;
			}
			Matcher m = LINE.matcher(lines[i]);
			try {
				if (!m.matches()) {
					throw new DateTimeException(lines[i]);
				}
				sessions.add(new ProgrammeForm.SessionForm(m.group(2),
						LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))),
						LocalTime.of(Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6))), m.group(7).strip(),
						m.group(1) == null ? 1 : Integer.parseInt(m.group(1))));
			}
			catch (DateTimeException ex) {
				throw InvalidInputException.of("agenda", "events.agenda-line", i + 1);
			}
		}
		return sessions;
	}

}
