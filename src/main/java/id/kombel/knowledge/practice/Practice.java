package id.kombel.knowledge.practice;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import id.kombel.knowledge.item.Codes;
import id.kombel.knowledge.item.KnowledgeItem;
import id.kombel.knowledge.item.Markdown;
import id.kombel.knowledge.PracticeForm;

/**
 * Praktik baik: a write-up in the structure teachers use (context, problem, action,
 * evidence, result, reflection).
 */
@Entity
@Table(name = "practice")
@Indexed(index = "practice")
public class Practice extends KnowledgeItem {

	public enum Status {

		DRAFT, PUBLISHED

	}

	private String context;

	private String problem;

	private String action;

	private String evidence;

	private String result;

	private String reflection;

	private String topic;

	private String tags;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int revision;

	@jakarta.persistence.Column(name = "endorsement_count")
	private int endorsementCount;

	@jakarta.persistence.Column(name = "trial_count")
	private int trialCount;

	protected Practice() {
	}

	public Practice(long authorId, String authorName, Instant now) {
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = now;
		this.updatedAt = now;
		this.revision = 0;
	}

	public void write(PracticeForm form, Instant now) {
		this.title = form.title().strip();
		this.context = form.context();
		this.problem = form.problem();
		this.action = form.action();
		this.evidence = form.evidence();
		this.result = form.result();
		this.reflection = form.reflection();
		this.topic = form.topic();
		this.tags = Codes.join(form.tags() == null ? java.util.List.of() : form.tags());
		this.updatedAt = now;
		this.revision++;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public void endorsed(int delta) {
		endorsementCount += delta;
	}

	public void tried() {
		trialCount++;
	}

	@Transient
	@KeywordField(name = "type", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getType() {
		return "practice";
	}

	@Transient
	@GenericField(name = "listed")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "hidden")),
			@ObjectPath(@PropertyValue(propertyName = "status")) })
	public boolean isListed() {
		return !hidden && status == Status.PUBLISHED;
	}

	@Transient
	@FullTextField(name = SHOWN_TEXT, analyzer = ANALYZER, projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "context")),
			@ObjectPath(@PropertyValue(propertyName = "problem")), @ObjectPath(@PropertyValue(propertyName = "action")),
			@ObjectPath(@PropertyValue(propertyName = "evidence")),
			@ObjectPath(@PropertyValue(propertyName = "result")),
			@ObjectPath(@PropertyValue(propertyName = "reflection")),
			@ObjectPath(@PropertyValue(propertyName = "topic")), @ObjectPath(@PropertyValue(propertyName = "tags")) })
	public String getSearchText() {
		return Stream.of(context, problem, action, evidence, result, reflection)
			.map(Markdown::plain)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.joining("\n")) + (topic == null ? "" : "\n" + topic) + "\n"
				+ String.join(" ", Codes.split(tags));
	}

	public String context() {
		return context;
	}

	public String problem() {
		return problem;
	}

	public String action() {
		return action;
	}

	public String evidence() {
		return evidence;
	}

	public String result() {
		return result;
	}

	public String reflection() {
		return reflection;
	}

	public String topic() {
		return topic;
	}

	public java.util.List<String> tags() {
		return Codes.split(tags);
	}

	public Status status() {
		return status;
	}

	@Override
	protected boolean draft() {
		return status == Status.DRAFT;
	}

	public int revision() {
		return revision;
	}

	public int endorsementCount() {
		return endorsementCount;
	}

	public int trialCount() {
		return trialCount;
	}

}
