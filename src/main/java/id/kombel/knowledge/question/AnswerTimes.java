package id.kombel.knowledge.question;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.shared.access.KombelUser;
import id.kombel.knowledge.access.Reader;
import id.kombel.knowledge.access.Readers;
import id.kombel.knowledge.access.Visible;

/**
 * How quickly questions get help, for those who look after communities: facilitators (the
 * questions of the communities they facilitate) and offices (the questions of the regions
 * they cover), over the last 90 days, and only questions they may see.
 */
@Service
public class AnswerTimes {

	static final Duration WINDOW = Duration.ofDays(90);

	/**
	 * @param questions questions asked in the window
	 * @param unanswered of those, how many have no visible answer yet
	 * @param medianToFirstAnswer minutes from asking to the first answer, median over the
	 * answered ones
	 * @param medianToAccepted minutes from asking to the accepted answer, median over
	 * those with one
	 */
	public record Summary(int questions, int unanswered, Long medianToFirstAnswer, Long medianToAccepted) {
	}

	private final QuestionRepository questions;

	private final Readers readers;

	private final Clock clock;

	AnswerTimes(QuestionRepository questions, Readers readers, Clock clock) {
		this.questions = questions;
		this.readers = readers;
		this.clock = clock;
	}

	/** Empty for anyone who neither facilitates a community nor covers a region. */
	@Transactional(readOnly = true)
	public java.util.Optional<Summary> summaryFor(KombelUser user) {
		Reader reader = readers.of(user);
		if (!reader.all() && reader.facilitated().isEmpty() && reader.areas().isEmpty()) {
			return java.util.Optional.empty();
		}
		Instant since = clock.instant().minus(WINDOW);
		Specification<Question> recent = (root, query, cb) -> cb.greaterThanOrEqualTo(root.get("createdAt"), since);
		List<Question> asked = questions.findAll(Visible.<Question>to(reader).and(recent).and(looksAfter(reader)));
		return java.util.Optional.of(summarise(asked));
	}

	static Summary summarise(List<Question> asked) {
		List<Long> first = new ArrayList<>();
		List<Long> accepted = new ArrayList<>();
		int unanswered = 0;
		for (Question q : asked) {
			if (q.answerCount() == 0) {
				unanswered++;
			}
			if (q.firstAnswerAt() != null) {
				first.add(Duration.between(q.createdAt(), q.firstAnswerAt()).toMinutes());
			}
			if (q.acceptedAt() != null) {
				accepted.add(Duration.between(q.createdAt(), q.acceptedAt()).toMinutes());
			}
		}
		return new Summary(asked.size(), unanswered, median(first), median(accepted));
	}

	/**
	 * The middle value (the mean of the two middle ones for an even count, rounded down);
	 * null for none.
	 */
	static Long median(List<Long> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Long> sorted = values.stream().sorted().toList();
		int mid = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
	}

	/**
	 * The questions of the communities the reader facilitates, and of the regions their
	 * role covers.
	 */
	private static Specification<Question> looksAfter(Reader reader) {
		return (root, query, cb) -> {
			if (reader.all()) {
				return cb.conjunction();
			}
			List<Predicate> any = new ArrayList<>();
			if (!reader.facilitated().isEmpty()) {
				any.add(root.get("communityId").in(reader.facilitated()));
			}
			for (String area : reader.areas()) {
				any.add(cb.equal(root.get("regionCode"), area));
				any.add(cb.like(root.get("regionCode"), area + ".%"));
			}
			return cb.or(any.toArray(Predicate[]::new));
		};
	}

}
