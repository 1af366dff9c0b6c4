package id.kombel.knowledge.question;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import id.kombel.knowledge.AnswerView;
import id.kombel.knowledge.access.Audience;
import id.kombel.knowledge.item.KnowledgeItem;
import id.kombel.knowledge.item.Markdown;

/**
 * An answer to a question. In the index it carries its question's title and visibility,
 * so a search finds answers by their own words and shows them only to those who may see
 * the question.
 */
@Entity
@Table(name = "answer")
@Indexed(index = "answer")
public class Answer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "question_id")
	private Question question;

	@FullTextField(name = KnowledgeItem.SHOWN_TEXT, analyzer = KnowledgeItem.ANALYZER, projectable = Projectable.YES,
			searchable = Searchable.NO)
	private String body;

	@Column(name = "author_id")
	@GenericField(name = "authorId")
	private long authorId;

	@Column(name = "author_name")
	private String authorName;

	private boolean hidden;

	@Column(name = "created_at")
	@GenericField(name = "createdAt", sortable = Sortable.YES)
	private Instant createdAt;

	protected Answer() {
	}

	public Answer(Question question, String body, long authorId, String authorName, Instant at) {
		this.question = question;
		this.body = body;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = at;
	}

	@Transient
	@KeywordField(name = "type", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getType() {
		return "answer";
	}

	@Transient
	@FullTextField(name = KnowledgeItem.SHOWN_TITLE, analyzer = KnowledgeItem.ANALYZER, projectable = Projectable.YES,
			searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "title") }))
	public String getTitle() {
		return question.title();
	}

	/**
	 * As {@link KnowledgeItem#getWords()}: the question's title twice and the answer's
	 * words.
	 */
	@Transient
	@FullTextField(name = KnowledgeItem.WORDS, analyzer = KnowledgeItem.ANALYZER)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getWords() {
		return KnowledgeItem.words(question.title(), Markdown.plain(body));
	}

	@Transient
	@GenericField(name = "listed")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "hidden")),
			@ObjectPath({ @PropertyValue(propertyName = "question"), @PropertyValue(propertyName = "hidden") }) })
	public boolean isListed() {
		return !hidden && !question.hidden();
	}

	/**
	 * As {@link KnowledgeItem#getAudience()}, with the question's placement and author:
	 * an answer is read on its question's page, so those who may open that page find it
	 * (the answer's own author too, only while they may).
	 */
	@Transient
	@KeywordField(name = Audience.FIELD)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getAudience() {
		return Audience.of(isListed(), question.visibility(), question.regionCode(), question.communityId(),
				question.authorId());
	}

	@Transient
	@KeywordField(name = "levels")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "levels") }))
	public List<String> getLevelCodes() {
		return question.getLevelCodes();
	}

	@Transient
	@KeywordField(name = "subjects", normalizer = "lowercase")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "subjects") }))
	public List<String> getSubjectList() {
		return question.getSubjectList();
	}

	@Transient
	@KeywordField(name = "region")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "regionCode") }))
	public List<String> getRegionPrefixes() {
		return question.getRegionPrefixes();
	}

	@Transient
	@KeywordField(name = "regionCode")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "regionCode") }))
	public String getRegionCode() {
		return question.regionCode();
	}

	@Transient
	@KeywordField(name = "visibility")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "visibility") }))
	public String getVisibilityKey() {
		return question.getVisibilityKey();
	}

	@Transient
	@GenericField(name = "communityId")
	@IndexingDependency(derivedFrom = @ObjectPath({ @PropertyValue(propertyName = "question"),
			@PropertyValue(propertyName = "communityId") }))
	public Long getCommunityId() {
		return question.communityId();
	}

	@Transient
	@GenericField(name = "parentId", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Long getParentId() {
		return question.id();
	}

	public Long id() {
		return id;
	}

	public Question question() {
		return question;
	}

	String body() {
		return body;
	}

	public long authorId() {
		return authorId;
	}

	public boolean hidden() {
		return hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public AnswerView view(boolean accepted) {
		return new AnswerView(id, question.id(), body, authorId, authorName, createdAt, accepted, hidden);
	}

}
