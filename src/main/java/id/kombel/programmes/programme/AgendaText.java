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
 * Pengelolaan komunitas".
 */
final class AgendaText {

	private static final Pattern LINE = Pattern
		.compile("^\\s*(\\S+)\\s+(\\d{1,2})[.:](\\d{2})\\s*[-–]\\s*(\\d{1,2})[.:](\\d{2})\\s+(.+)$");

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
				sessions.add(new ProgrammeForm.SessionForm(m.group(1),
						LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))),
						LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))), m.group(6).strip()));
			}
			catch (DateTimeException ex) {
				throw InvalidInputException.of("agenda", "events.agenda-line", i + 1);
			}
		}
		return sessions;
	}

}
