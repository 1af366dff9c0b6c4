package id.kombel.portfolio.xapi;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import id.kombel.portfolio.record.Period;
import id.kombel.portfolio.record.PortfolioRecord;
import id.kombel.portfolio.record.Subject;

/**
 * The record as xAPI 1.0.3 statements: attended (activities, programme events attended),
 * completed (tasks), shared (practices, materials), answered (accepted answers), earned
 * (valid certificates). A statement's id is a name-based UUID of who, what and which
 * verb, so the same fact is always the same statement and a Learning Record Store takes
 * it once.
 */
@Component
public class Statements {

	static final String VERBS = "http://adlnet.gov/expapi/verbs/";

	/**
	 * Not in ADL's list: the verb the xAPI registry (tincanapi.com) publishes for
	 * earning.
	 */
	static final String EARNED = "http://id.tincanapi.com/verb/earned";

	public List<Map<String, Object>> of(Subject who, PortfolioRecord r, String baseUrl) {
		Map<String, Object> actor = actor(who, baseUrl);
		List<Map<String, Object>> out = new ArrayList<>();
		for (PortfolioRecord.Activity a : r.activities()) {
			out.add(statement(who, actor, VERBS + "attended", "attended", "menghadiri",
					baseUrl + "/activities/" + a.id(), a.title(), "http://adlnet.gov/expapi/activities/meeting",
					a.date(), Map.of("duration", Duration.ofMinutes(Math.round(a.hours() * 60)).toString())));
		}
		for (PortfolioRecord.ProgrammeEvent e : r.programmeEvents()) {
			if (e.attended()) {
				out.add(statement(who, actor, VERBS + "attended", "attended", "menghadiri",
						baseUrl + "/events/" + e.eventId(), e.programme() + " — " + e.regency(),
						"http://adlnet.gov/expapi/activities/meeting", e.date(), null));
			}
		}
		for (PortfolioRecord.Task t : r.tasks()) {
			out.add(statement(who, actor, VERBS + "completed", "completed", "menyelesaikan",
					baseUrl + "/activities/" + t.activityId() + "#task-" + t.kind(),
					(t.label() != null ? t.label() : t.kind()) + ": " + t.activity(),
					"http://adlnet.gov/expapi/activities/interaction", t.date(), Map.of("completion", true)));
		}
		for (PortfolioRecord.Practice p : r.practices()) {
			out.add(statement(who, actor, VERBS + "shared", "shared", "membagikan", baseUrl + "/practices/" + p.id(),
					p.title(), "http://adlnet.gov/expapi/activities/file", p.sharedOn(), null));
		}
		for (PortfolioRecord.Material m : r.materials()) {
			out.add(statement(who, actor, VERBS + "shared", "shared", "membagikan", baseUrl + "/materials/" + m.id(),
					m.title(), "http://adlnet.gov/expapi/activities/file", m.publishedOn(), null));
		}
		for (PortfolioRecord.Answer a : r.answers()) {
			out.add(statement(who, actor, VERBS + "answered", "answered", "menjawab",
					baseUrl + "/questions/" + a.questionId(), a.question(),
					"http://adlnet.gov/expapi/activities/question", a.acceptedOn(), Map.of("success", true)));
		}
		for (PortfolioRecord.Certificate c : r.certificates()) {
			if (!c.revoked()) {
				out.add(statement(who, actor, EARNED, "earned", "memperoleh", c.url(),
						c.title() + " (" + c.number() + ")", "http://id.tincanapi.com/activitytype/certificate",
						c.issuedOn(), null));
			}
		}
		return out;
	}

	private Map<String, Object> statement(Subject who, Map<String, Object> actor, String verb, String en, String id,
			String objectId, String name, String type, LocalDate day, Map<String, Object> result) {
		Map<String, Object> s = new LinkedHashMap<>();
		String key = "kombel|" + (who.accountId() != null ? "a" + who.accountId() : "e" + who.educatorId()) + "|" + verb
				+ "|" + objectId;
		s.put("id", UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString());
		s.put("actor", actor);
		s.put("verb", Map.of("id", verb, "display", Map.of("en-US", en, "id-ID", id)));
		s.put("object", Map.of("objectType", "Activity", "id", objectId, "definition",
				Map.of("name", Map.of("id-ID", name), "type", type)));
		if (result != null) {
			s.put("result", result);
		}
		s.put("timestamp", day.atStartOfDay(Period.WIB).toOffsetDateTime().toString());
		s.put("version", "1.0.3");
		return s;
	}

	/** By e-mail where there is one, else by the Kombel account (or educator) id. */
	static Map<String, Object> actor(Subject who, String baseUrl) {
		Map<String, Object> actor = new LinkedHashMap<>();
		actor.put("objectType", "Agent");
		if (who.displayName() != null) {
			actor.put("name", who.displayName());
		}
		if (who.email() != null) {
			actor.put("mbox", "mailto:" + who.email());
		}
		else {
			actor.put("account", Map.of("homePage", baseUrl, "name",
					who.accountId() != null ? "account-" + who.accountId() : "educator-" + who.educatorId()));
		}
		return actor;
	}

}
