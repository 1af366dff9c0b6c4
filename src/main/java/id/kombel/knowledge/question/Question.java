package id.kombel.knowledge.question;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import id.kombel.knowledge.item.KnowledgeItem;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.QuestionForm;

/**
 * A question about a classroom problem, or an implementation challenge brought back from
 * training.
 */
@Entity
@Table(name = "question")
// answers being indexed load their questions a hundred at a time
@org.hibernate.annotations.BatchSize(size = 100)
@Indexed(index = "question")
public class Question extends KnowledgeItem {

	private String body;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	@Column(name = "answer_count")
	private int answerCount;

	@Column(name = "accepted_answer_id")
	private Long acceptedAnswerId;

	@Column(name = "first_answer_at")
	private Instant firstAnswerAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	/**
	 * Mapped so that the search index follows a question's changes into its answers, and
	 * its answers' words into the question (a search finds a thread by what was answered
	 * in it).
	 */
	@OneToMany(mappedBy = "question")
	// the mass indexer loads the answers of many questions at once
	@org.hibernate.annotations.BatchSize(size = 100)
	private List<Answer> answers = new ArrayList<>();

	protected Question() {
	}

	public Question(QuestionForm form, long authorId, String authorName, Instant now) {
		this.title = form.title().strip();
		this.body = form.body();
		this.kind = form.kind() == null ? QuestionKind.QUESTION : form.kind();
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public void answered(Answer answer, Instant at) {
		answers.add(answer);
		answerCount++;
		if (firstAnswerAt == null) {
			firstAnswerAt = at;
		}
	}

	/**
	 * After an answer was hidden or restored: only visible answers count, and the first
	 * answer is the first visible one (a hidden spam reply neither answers a question nor
	 * speeds it up).
	 */
	public void recount(int visibleAnswers, Instant firstVisibleAnswerAt) {
		answerCount = visibleAnswers;
		firstAnswerAt = firstVisibleAnswerAt;
	}

	public void accept(long answerId, Instant at) {
		acceptedAnswerId = answerId;
		acceptedAt = at;
	}

	@Transient
	@KeywordField(name = "type", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getType() {
		return "question";
	}

	@Transient
	@GenericField(name = "listed")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "hidden")))
	public boolean isListed() {
		return !hidden;
	}

	@Transient
	@FullTextField(name = SHOWN_TEXT, analyzer = ANALYZER, projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath({ @PropertyValue(propertyName = "answers"), @PropertyValue(propertyName = "body") }),
			@ObjectPath({ @PropertyValue(propertyName = "answers"), @PropertyValue(propertyName = "hidden") }) })
	public String getSearchText() {
		StringBuilder text = new StringBuilder(Markdown.plain(body));
		for (Answer a : answers) {
			if (!a.hidden()) {
				text.append('\n').append(Markdown.plain(a.body()));
			}
		}
		return text.toString();
	}

	public String body() {
		return body;
	}

	public QuestionKind kind() {
		return kind;
	}

	public int answerCount() {
		return answerCount;
	}

	public Long acceptedAnswerId() {
		return acceptedAnswerId;
	}

	public Instant firstAnswerAt() {
		return firstAnswerAt;
	}

	public Instant acceptedAt() {
		return acceptedAt;
	}

}
