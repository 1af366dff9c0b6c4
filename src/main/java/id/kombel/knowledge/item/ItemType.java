package id.kombel.knowledge.item;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of item search finds and moderation acts on; the lower-case name is the API's
 * {@code type}.
 */
public enum ItemType {

	PRACTICE, QUESTION, ANSWER, MATERIAL, COMMENT;

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<ItemType> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		for (ItemType t : values()) {
			if (t.key().equalsIgnoreCase(text.strip())) {
				return Optional.of(t);
			}
		}
		return Optional.empty();
	}

}
