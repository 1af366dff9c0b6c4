package id.kombel.knowledge.moderation;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import id.kombel.knowledge.KnowledgePolicy;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.question.Answer;
import id.kombel.knowledge.question.AnswerRepository;
import id.kombel.knowledge.comment.CommentRepository;
import id.kombel.knowledge.item.ItemType;
import id.kombel.knowledge.item.KnowledgeItem;
import id.kombel.knowledge.material.MaterialRepository;
import id.kombel.knowledge.access.Placement;
import id.kombel.knowledge.practice.Practice;
import id.kombel.knowledge.practice.PracticeRepository;
import id.kombel.knowledge.question.QuestionRepository;
import id.kombel.knowledge.access.Reader;

/**
 * Reports of inappropriate content, hiding and restoring by facilitators (of the item's
 * community) and administrators, and the audit trail of every step.
 */
@Service
public class Moderation {

	/** The longest note (a report's, a moderator's) the columns hold. */
	private static final int NOTE_MAX = 1000;

	private final PracticeRepository practices;

	private final QuestionRepository questions;

	private final AnswerRepository answers;

	private final MaterialRepository materials;

	private final CommentRepository comments;

	private final ReportRepository reports;

	private final AuditRepository audit;

	private final KnowledgePolicy policy;

	private final Clock clock;

	Moderation(PracticeRepository practices, QuestionRepository questions, AnswerRepository answers,
			MaterialRepository materials, CommentRepository comments, ReportRepository reports, AuditRepository audit,
			KnowledgePolicy policy, Clock clock) {
		this.practices = practices;
		this.questions = questions;
		this.answers = answers;
		this.materials = materials;
		this.comments = comments;
		this.reports = reports;
		this.audit = audit;
		this.policy = policy;
		this.clock = clock;
	}

	@Transactional
	public ReportView report(KombelUser user, String type, long id, String reason, String note) {
		checkNote(note);
		ItemType t = type(type);
		policy.require(user, KnowledgePolicy.Action.READ, placement(t, id));
		Report.Reason r;
		try {
			r = reason == null ? Report.Reason.OTHER : Report.Reason.valueOf(reason.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of("reason", "knowledge.reason-unknown", reason);
		}
		// one open report per account and item: tapping again (or again and again) adds
		// nothing to the moderators' queue
		Optional<Report> mine = reports.openFor(t, id)
			.stream()
			.filter(open -> open.reporterId() == user.accountId())
			.findFirst();
		if (mine.isPresent()) {
			return mine.get().view();
		}
		Report saved = reports.save(new Report(t, id, r, note, user.accountId(), clock.instant()));
		audit.save(new AuditEntry(t, id, AuditEntry.Action.REPORT, user.accountId(), user.displayName(),
				auditNote(r.name() + (note == null || note.isBlank() ? "" : ": " + note)), clock.instant()));
		return saved.view();
	}

	/**
	 * Hides (or restores) an item; open reports on it are resolved. 403 for anyone but
	 * its moderators.
	 */
	@Transactional
	public void setHidden(KombelUser user, String type, long id, boolean hidden, String note) {
		checkNote(note);
		ItemType t = type(type);
		Reader reader = policy.reader(user);
		Placement place = placement(t, id);
		policy.require(reader, KnowledgePolicy.Action.READ, place);
		policy.require(reader, KnowledgePolicy.Action.MODERATE, place);
		switch (t) {
			case PRACTICE -> practices.findById(id).orElseThrow().setHidden(hidden);
			case QUESTION -> questions.findById(id).orElseThrow().setHidden(hidden);
			case MATERIAL -> materials.findById(id).orElseThrow().setHidden(hidden);
			case ANSWER -> {
				Answer a = answers.findById(id).orElseThrow();
				a.setHidden(hidden);
				long question = a.question().id();
				a.question().recount(answers.countVisible(question), answers.firstVisibleAt(question));
			}
			case COMMENT -> comments.findById(id).orElseThrow().setHidden(hidden);
		}
		reports.openFor(t, id).forEach(r -> r.resolve(clock.instant()));
		audit.save(new AuditEntry(t, id, hidden ? AuditEntry.Action.HIDE : AuditEntry.Action.RESTORE, user.accountId(),
				user.displayName(), note, clock.instant()));
	}

	/** Closes the open reports on an item without hiding it. */
	@Transactional
	public void dismiss(KombelUser user, String type, long id, String note) {
		checkNote(note);
		ItemType t = type(type);
		policy.require(user, KnowledgePolicy.Action.MODERATE, placement(t, id));
		reports.openFor(t, id).forEach(r -> r.resolve(clock.instant()));
		audit.save(new AuditEntry(t, id, AuditEntry.Action.DISMISS, user.accountId(), user.displayName(), note,
				clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<AuditView> trail(KombelUser user, String type, long id) {
		ItemType t = type(type);
		policy.require(user, KnowledgePolicy.Action.MODERATE, placement(t, id));
		return audit.of(t, id).stream().map(AuditEntry::view).toList();
	}

	@Transactional(readOnly = true)
	public List<AuditView> latestTrail(KombelUser user) {
		Reader reader = policy.reader(user);
		return audit.latest(PageRequest.of(0, 200))
			.stream()
			.map(AuditEntry::view)
			.filter(a -> reader.all() || moderatesQuietly(reader, a.type(), a.targetId()))
			.limit(50)
			.toList();
	}

	/** Open reports this account may act on. */
	@Transactional(readOnly = true)
	public List<ReportView> openReports(KombelUser user) {
		Reader reader = policy.reader(user);
		return reports.open()
			.stream()
			.map(Report::view)
			.filter(r -> reader.all() || moderatesQuietly(reader, r.type(), r.targetId()))
			.toList();
	}

	private boolean moderatesQuietly(Reader reader, String type, long id) {
		try {
			return policy.may(reader, KnowledgePolicy.Action.MODERATE, placement(type(type), id));
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	Placement placement(ItemType t, long id) {
		return switch (t) {
			// a draft is its author's alone: for reports and moderation it does not exist
			// yet
			case PRACTICE -> practices.findById(id)
				.filter(p -> p.status() != Practice.Status.DRAFT)
				.map(KnowledgeItem::placement)
				.orElseThrow(() -> missing(t, id));
			case QUESTION -> questions.findById(id).map(KnowledgeItem::placement).orElseThrow(() -> missing(t, id));
			case MATERIAL -> materials.findById(id).map(KnowledgeItem::placement).orElseThrow(() -> missing(t, id));
			case ANSWER -> answers.withQuestion(id).map(a -> {
				Placement q = a.question().placement();
				return new Placement(q.visibility(), q.regionCode(), q.communityId(), a.authorId(),
						a.hidden() || q.hidden());
			}).orElseThrow(() -> missing(t, id));
			case COMMENT -> comments.findById(id).map(c -> {
				Placement target = placement(c.targetType(), c.targetId());
				return new Placement(target.visibility(), target.regionCode(), target.communityId(), target.authorId(),
						c.hidden() || target.hidden());
			}).orElseThrow(() -> missing(t, id));
		};
	}

	/** Page forms reach here unchecked, and the columns hold 1,000 characters. */
	private static void checkNote(String note) {
		if (note != null && note.length() > NOTE_MAX) {
			throw InvalidInputException.of("note", "validation.too-long");
		}
	}

	/**
	 * The reason goes in front of the reporter's note: the two together must still fit.
	 */
	private static String auditNote(String note) {
		return note.length() > NOTE_MAX ? note.substring(0, NOTE_MAX) : note;
	}

	private static NotFoundException missing(ItemType t, long id) {
		return new NotFoundException(t.key() + " " + id);
	}

	private static ItemType type(String type) {
		return ItemType.parse(type)
			.orElseThrow(() -> InvalidInputException.of("type", "knowledge.type-unknown", String.valueOf(type)));
	}

}
