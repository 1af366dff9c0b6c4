package id.kombel.shared.csv;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/** An {@link ImportReport} with its reasons written out in the user's language. */
public record ImportResult(int created, int updated, List<Line> rejected, boolean committed) {

	public record Line(int line, String reason) {
	}

	public static ImportResult of(ImportReport report, MessageSource messages, Locale locale) {
		return new ImportResult(report.created(), report.updated(),
				report.rejected()
					.stream()
					.map(r -> new Line(r.line(), messages.getMessage(r.reasonKey(), r.args().toArray(), locale)))
					.toList(),
				report.committed());
	}
}
