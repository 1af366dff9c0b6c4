package id.kombel.shared.web;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.databind.DatabindException;

/**
 * Names the JSON field that could not be read (an unknown enum value, a malformed date).
 */
final class UnreadableBodies {

	private UnreadableBodies() {
	}

	static String fieldOf(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getCause();
		while (cause != null) {
			if (cause instanceof DatabindException db && !db.getPath().isEmpty()) {
				StringBuilder field = new StringBuilder();
				db.getPath().forEach(ref -> {
					if (ref.getPropertyName() != null) {
						field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
					}
				});
				return field.isEmpty() ? "body" : field.toString();
			}
			cause = cause.getCause();
		}
		return "body";
	}

}
