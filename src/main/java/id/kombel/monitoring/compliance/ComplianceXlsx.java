package id.kombel.monitoring.compliance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import id.kombel.monitoring.compliance.ComplianceReport.PhaseStep;
import id.kombel.monitoring.compliance.ComplianceReport.Row;

/**
 * The report as a spreadsheet: headers in the reader's language (Indonesian unless asked
 * otherwise), days as date cells and results as numbers, so an office can sort, filter
 * and sum it.
 */
@Component
class ComplianceXlsx {

	static final List<String> COLUMNS = List.of("no", "npsn", "school", "community", "levels", "cycle", "indicator",
			"purpose", "started", "REFLECTION", "PLANNING", "IMPLEMENTATION", "EVALUATION", "current", "before",
			"after", "change", "unit", "evidence");

	private static final String DAY = "dd/mm/yyyy";

	private final MessageSource messages;

	ComplianceXlsx(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(ComplianceReport report, Locale locale) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (Workbook wb = new Workbook(out, "Kombel", "1.0")) {
			Worksheet ws = wb.newWorksheet(text("monitoring.compliance.sheet", locale));
			ws.value(0, 0, text("monitoring.compliance.title", locale) + " — " + report.region().name());
			ws.style(0, 0).bold().set();
			ws.value(1, 0, text("monitoring.compliance.period", locale));
			ws.value(1, 1, report.from());
			ws.style(1, 1).format(DAY).set();
			ws.value(1, 2, report.to());
			ws.style(1, 2).format(DAY).set();
			int header = 3;
			for (int i = 0; i < COLUMNS.size(); i++) {
				ws.value(header, i, text("monitoring.compliance.col." + COLUMNS.get(i), locale));
				ws.style(header, i).bold().set();
			}
			int r = header + 1;
			int n = 1;
			for (Row row : report.rows()) {
				ws.value(r, 0, n++);
				// NPSN as text: a number would drop its leading zeros
				text(ws, r, 1, row.npsn());
				text(ws, r, 2,
						row.schoolName() == null ? text("monitoring.compliance.no-school", locale) : row.schoolName());
				text(ws, r, 3, row.communityName());
				text(ws, r, 4, String.join(", ", row.levels().stream().map(Enum::name).toList()));
				if (row.cycleNumber() == null) {
					text(ws, r, 13, text("monitoring.compliance.no-cycle", locale));
					r++;
					continue;
				}
				ws.value(r, 5, row.cycleNumber());
				if (row.goal() != null) {
					text(ws, r, 6, row.goal().indicator());
					text(ws, r, 7, text("purpose." + row.goal().purpose(), locale));
					text(ws, r, 17, row.goal().unit());
				}
				day(ws, r, 8, row.startedOn());
				int col = 9;
				for (PhaseStep step : row.phases()) {
					if (step.doneOn() != null) {
						day(ws, r, col, step.doneOn());
					}
					else if (step.done()) {
						text(ws, r, col, text("monitoring.compliance.done-undated", locale));
					}
					col++;
				}
				text(ws, r, 13, row.closedOn() != null ? text("monitoring.compliance.closed", locale)
						: text("phase." + row.currentPhase(), locale));
				if (row.resultBefore() != null) {
					ws.value(r, 14, row.resultBefore());
				}
				if (row.resultAfter() != null) {
					ws.value(r, 15, row.resultAfter());
				}
				if (row.change() != null) {
					ws.value(r, 16, row.change());
				}
				if (row.evidence() != null) {
					text(ws, r, 18, row.evidence().fileName() != null ? row.evidence().fileName()
							: String.join(" ", row.evidence().links()));
				}
				r++;
			}
			ws.width(2, 30);
			ws.width(3, 30);
		}
		return out.toByteArray();
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static void text(Worksheet ws, int r, int c, String value) {
		if (value != null) {
			ws.value(r, c, value);
		}
	}

	private static void day(Worksheet ws, int r, int c, LocalDate value) {
		if (value != null) {
			ws.value(r, c, value);
			ws.style(r, c).format(DAY).set();
		}
	}

}
