package id.kombel.communities.cycle;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Locale;

/**
 * An inquiry cycle: where it stands, its notes per phase, the day each later phase was
 * reached, student results before and after, and the name of its evidence file.
 */
public record CycleView(long id, long communityId, int number, Long goalId, Phase phase, LocalDate startedOn,
		String reflectionNotes, String planningNotes, String implementationNotes, String evaluationNotes,
		BigDecimal resultBefore, BigDecimal resultAfter, String evidenceLinks, LocalDate closedOn, LocalDate planningOn,
		LocalDate implementationOn, LocalDate evaluationOn, String evidenceName) {

	/** The notes of one phase, for a page that shows every phase. */
	public String notes(Phase of) {
		return switch (of) {
			case REFLECTION -> reflectionNotes;
			case PLANNING -> planningNotes;
			case IMPLEMENTATION -> implementationNotes;
			case EVALUATION -> evaluationNotes;
		};
	}

	/** The day a phase was reached (null: not reached, or before the day was kept). */
	public LocalDate reachedOn(Phase of) {
		return switch (of) {
			case REFLECTION -> startedOn;
			case PLANNING -> planningOn;
			case IMPLEMENTATION -> implementationOn;
			case EVALUATION -> evaluationOn;
		};
	}

	/** Whether the cycle has gone past the phase (or has closed). */
	public boolean done(Phase of) {
		return closedOn != null || of.ordinal() < phase.ordinal();
	}

	/**
	 * The day the cycle moved past a phase: the next phase's day, the closing day for the
	 * last; null while not done or when not recorded.
	 */
	public LocalDate doneOn(Phase of) {
		if (!done(of)) {
			return null;
		}
		return of == Phase.EVALUATION ? closedOn : reachedOn(Phase.values()[of.ordinal() + 1]);
	}

	public String before(Locale locale) {
		return shown(resultBefore, locale);
	}

	public String after(Locale locale) {
		return shown(resultAfter, locale);
	}

	/**
	 * A result as people write it in the reader's language: 45, 45,5 (id) or 45.5 (en).
	 */
	public static String shown(BigDecimal value, Locale locale) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

}
