package id.kombel.shared.csv;

import java.util.List;

/**
 * What an import did: rows created and updated, and every rejected row with its line and
 * the reason (a message key with arguments, shown in the user's language). When
 * {@code committed} is false, nothing was saved (all-or-nothing was asked and some row
 * was rejected).
 */
public record ImportReport(int created, int updated, List<Rejected> rejected, boolean committed) {

	public record Rejected(int line, String reasonKey, List<String> args) {
	}

	public ImportReport {
		rejected = List.copyOf(rejected);
	}
}
