package id.kombel.shared.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import id.kombel.shared.Signatures;

/**
 * What every calendar file (RFC 5545) of the platform shares: a named calendar
 * ({@code X-WR-CALNAME}, the name calendar apps show for a subscription), UIDs that are
 * unique per deployment, and content lines folded at 75 octets.
 */
@Component
public class CalendarFiles {

	private static final int OCTETS = 75;

	private final String uidDomain;

	/**
	 * UIDs end in the public host ({@code kombel.base-url}) where one is set; otherwise
	 * in an id derived from the deployment's signing key ({@code kombel.secret}), so two
	 * deployments never hand out the same UID and one deployment always the same.
	 */
	CalendarFiles(@Value("${kombel.base-url:}") String baseUrl, Signatures signatures) {
		this.uidDomain = domain(baseUrl, signatures);
	}

	private static String domain(String baseUrl, Signatures signatures) {
		if (baseUrl != null && !baseUrl.isBlank()) {
			String host = URI.create(baseUrl.strip()).getHost();
			if (host != null && !host.isBlank()) {
				return host.toLowerCase(Locale.ROOT);
			}
		}
		String id = signatures.sign("calendar-uid-domain").replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
		return "kombel-" + id.substring(0, Math.min(12, id.length())) + ".invalid";
	}

	/** An empty calendar with its name. */
	public Calendar calendar(String name) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Kombel//Komunitas Belajar//ID"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		return calendar;
	}

	/** The UID of one thing, e.g. {@code uid("activity", 12)}. */
	public Uid uid(String kind, Object id) {
		return new Uid(kind + "-" + id + "@" + uidDomain);
	}

	/**
	 * The calendar as text. ical4j writes each property unfolded in {@code toString()};
	 * its own folding counts UTF-16 characters, so a line with "René" or "’" came out
	 * longer than the 75 octets RFC 5545 allows. Folding here counts UTF-8 octets and
	 * never splits a character.
	 */
	public String text(Calendar calendar) {
		String unfolded = calendar.toString();
		StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 40);
		for (String line : unfolded.split("\r\n")) {
			if (!line.isEmpty()) {
				fold(line, out);
			}
		}
		return out.toString();
	}

	static void fold(String line, StringBuilder out) {
		int octets = 0;
		int i = 0;
		while (i < line.length()) {
			int cp = line.codePointAt(i);
			int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > OCTETS) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(cp);
			octets += size;
			i += Character.charCount(cp);
		}
		out.append("\r\n");
	}

}
