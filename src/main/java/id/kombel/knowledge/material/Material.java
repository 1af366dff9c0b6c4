package id.kombel.knowledge.material;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
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
import id.kombel.knowledge.MaterialKind;
import id.kombel.knowledge.MaterialMetadata;

/**
 * Perangkat ajar: a teaching material with its versions; a community's members may all
 * edit it.
 */
@Entity
@Table(name = "material")
@Indexed(index = "material")
public class Material extends KnowledgeItem {

	private String description;

	@Enumerated(EnumType.STRING)
	private MaterialKind kind;

	private String topic;

	private String tags;

	@Column(name = "current_version")
	private int currentVersion;

	@Column(name = "download_count")
	private long downloadCount;

	@ElementCollection
	@CollectionTable(name = "material_editor", joinColumns = @JoinColumn(name = "material_id"))
	@Column(name = "account_id")
	private Set<Long> editors = new HashSet<>();

	protected Material() {
	}

	public Material(MaterialMetadata m, long authorId, String authorName, Instant now) {
		this.title = m.title().strip();
		this.description = m.description();
		this.kind = m.kind() == null ? MaterialKind.OTHER : m.kind();
		this.topic = m.topic();
		this.tags = Codes.join(m.tags() == null ? List.of() : m.tags());
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = now;
		this.updatedAt = now;
	}

	public int nextVersion(Instant at) {
		currentVersion++;
		updatedAt = at;
		return currentVersion;
	}

	@Transient
	@KeywordField(name = "type", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getType() {
		return "material";
	}

	@Transient
	@GenericField(name = "listed")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "hidden")))
	public boolean isListed() {
		return !hidden;
	}

	@Transient
	@FullTextField(name = SHOWN_TEXT, analyzer = ANALYZER, projectable = Projectable.YES, searchable = Searchable.NO)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "description")),
			@ObjectPath(@PropertyValue(propertyName = "topic")), @ObjectPath(@PropertyValue(propertyName = "tags")),
			@ObjectPath(@PropertyValue(propertyName = "kind")) })
	public String getSearchText() {
		return Markdown.plain(description) + (topic == null ? "" : "\n" + topic) + "\n"
				+ String.join(" ", Codes.split(tags)) + "\n" + kind.label();
	}

	public void downloaded() {
		downloadCount++;
	}

	public String description() {
		return description;
	}

	public MaterialKind kind() {
		return kind;
	}

	public String topic() {
		return topic;
	}

	public List<String> tags() {
		return Codes.split(tags);
	}

	public int currentVersion() {
		return currentVersion;
	}

	public long downloadCount() {
		return downloadCount;
	}

	public Set<Long> editors() {
		return editors;
	}

	@Override
	protected Set<Long> addedEditors() {
		return editors;
	}

}
