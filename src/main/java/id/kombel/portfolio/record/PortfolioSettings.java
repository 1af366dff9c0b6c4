package id.kombel.portfolio.record;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kombel.portfolio.*}: the performance-management rules the record shows progress
 * toward (a count of the record, e.g. {@code sessionsHeld}, and its target), so an office
 * changes them in configuration, not in templates; the largest evidence file and merged
 * PDF.
 */
@ConfigurationProperties("kombel.portfolio")
public record PortfolioSettings(@DefaultValue List<Rule> rules, @DefaultValue("10MB") DataSize maxEvidenceSize,
		@DefaultValue("10MB") DataSize maxPdfSize) {

	/**
	 * @param counts a count of {@link PortfolioRecord.Totals} (sessionsHeld, practices,
	 * hours ...)
	 */
	public record Rule(String counts, int target, String label, String labelEn) {

		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) && labelEn != null ? labelEn : label;
		}

	}

}
