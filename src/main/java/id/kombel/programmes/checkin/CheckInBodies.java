package id.kombel.programmes.checkin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import id.kombel.shared.web.InvalidInputException;
import tools.jackson.databind.JsonNode;

/**
 * What a phone sends to check in: one check-in, a JSON array of them, or
 * {@code {"items":[...]}} as the offline queue sends it. Items are read one by one and
 * leniently, so that one broken item of a queue is answered as rejected instead of
 * refusing (and so losing) the whole queue.
 */
final class CheckInBodies {

	static final int MAX_ITEMS = 1000;

	private CheckInBodies() {
	}

	/** Does the body carry several check-ins? */
	public static boolean isBatch(JsonNode body) {
		return body != null && (body.isArray() || (body.isObject() && body.get("items") != null));
	}

	/** The items of a batch body, at most {@link #MAX_ITEMS}. */
	public static List<EventCheckIns.Request> items(JsonNode body) {
		JsonNode items = body == null ? null : body.isArray() ? body : body.get("items");
		if (items == null || !items.isArray()) {
			throw InvalidInputException.of("items", "validation.required");
		}
		if (items.size() > MAX_ITEMS) {
			throw InvalidInputException.of("items", "events.batch-too-large");
		}
		List<EventCheckIns.Request> requests = new ArrayList<>(items.size());
		items.forEach(item -> requests.add(request(item)));
		return requests;
	}

	/**
	 * One check-in; a bare string is taken as the ticket, anything unreadable as an empty
	 * request.
	 */
	public static EventCheckIns.Request request(JsonNode item) {
		if (item != null && item.isString()) {
			return new EventCheckIns.Request(null, item.asString(), null, null, null);
		}
		if (item == null || !item.isObject()) {
			return new EventCheckIns.Request(null, null, null, null, null);
		}
		return new EventCheckIns.Request(text(item, "key"), text(item, "ticket"), text(item, "session"),
				instant(text(item, "at")), text(item, "device"));
	}

	private static String text(JsonNode item, String field) {
		JsonNode value = item.get(field);
		return value == null || !value.isValueNode() || value.isNull() ? null : value.asString();
	}

	/**
	 * When the phone scanned it; a time it wrote unreadably is no reason to lose the
	 * check-in: now is taken.
	 */
	private static Instant instant(String text) {
		if (text == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
