package id.kombel.knowledge.item;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

import id.kombel.shared.Level;
import id.kombel.knowledge.access.Audience;
import id.kombel.knowledge.access.Placement;
import id.kombel.knowledge.Visibility;

/**
 * What practices, questions and materials share: a title, levels and subjects, where it
 * is visible, where it came from, who wrote it. The search fields are the same in every
 * index (answers map them too), so one query covers all kinds.
 */
@MappedSuperclass
public abstract class KnowledgeItem {

	public static final String ANALYZER = "indonesian";

	public static final String WORDS = "words";

	/**
	 * Title and text as shown in results: stored, not searched (searches match
	 * {@link #WORDS}). New names, not "title" and "text": an embedded index cannot turn a
	 * searched field into a stored-only one, and would refuse every write until rebuilt.
	 */
	public static final String SHOWN_TITLE = "shownTitle";

	public static final String SHOWN_TEXT = "shownText";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	protected Long id;

	@FullTextField(name = SHOWN_TITLE, analyzer = ANALYZER, projectable = Projectable.YES, searchable = Searchable.NO)
	protected String title;

	protected String levels;

	protected String subjects;

	@Enumerated(EnumType.STRING)
	protected Visibility visibility;

	@Column(name = "region_code")
	@KeywordField(name = "regionCode")
	protected String regionCode;

	@Column(name = "community_id")
	@GenericField(name = "communityId")
	protected Long communityId;

	@Column(name = "activity_id")
	protected Long activityId;

	@Column(name = "author_id")
	@GenericField(name = "authorId")
	protected long authorId;

	@Column(name = "author_name")
	protected String authorName;

	protected boolean hidden;

	@Column(name = "created_at")
	@GenericField(name = "createdAt", sortable = Sortable.YES)
	protected Instant createdAt;

	@Column(name = "updated_at")
	protected Instant updatedAt;

	public void place(List<Level> levelList, List<String> subjectList, Visibility visibility, String regionCode,
			Long communityId, Long activityId) {
		this.levels = Codes.join(levelList);
		this.subjects = Codes.join(subjectList);
		this.visibility = visibility;
		this.regionCode = regionCode;
		this.communityId = communityId;
		this.activityId = activityId;
	}

	@Transient
	@KeywordField(name = "levels")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "levels")))
	public List<String> getLevelCodes() {
		return Codes.split(levels);
	}

	@Transient
	@KeywordField(name = "subjects", normalizer = "lowercase")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "subjects")))
	public List<String> getSubjectList() {
		return Codes.split(subjects);
	}

	/**
	 * Every prefix of the region code, so a filter on a province finds items of its
	 * regencies.
	 */
	@Transient
	@KeywordField(name = "region")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "regionCode")))
	public List<String> getRegionPrefixes() {
		return Codes.prefixes(regionCode);
	}

	@Transient
	@KeywordField(name = "visibility")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "visibility")))
	public String getVisibilityKey() {
		return visibility.name();
	}

	/**
	 * The item's own words (without its title), as the index and the result passages read
	 * them.
	 */
	public abstract String getSearchText();

	/**
	 * What a search matches: the title twice (a searched word in the title weighs more)
	 * and the text, in one field, so each searched word is one posting list to walk
	 * rather than one per field (the cost of a search over a million items is walking
	 * them). Rebuilt with the document: whatever it reads changes the title or text
	 * fields too, and so reindexes the document.
	 */
	@Transient
	@FullTextField(name = WORDS, analyzer = ANALYZER)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getWords() {
		return words(title, getSearchText());
	}

	public static String words(String title, String text) {
		return title + "\n" + title + "\n" + text;
	}

	/** Listed in search and lists: published and not hidden. */
	public abstract boolean isListed();

	/**
	 * Who may find it ({@link Audience}). Rebuilt with the document: listing, visibility,
	 * region, community and author are index fields of their own, so any change to them
	 * reindexes it.
	 */
	@Transient
	@KeywordField(name = Audience.FIELD)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public List<String> getAudience() {
		return Audience.of(isListed(), visibility, regionCode, communityId, authorId);
	}

	/**
	 * Only answers have a parent (their question); the field exists in every index for
	 * one projection.
	 */
	@Transient
	@GenericField(name = "parentId", projectable = Projectable.YES)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Long getParentId() {
		return null;
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public List<Level> levels() {
		return Codes.levels(levels);
	}

	public List<String> subjects() {
		return Codes.split(subjects);
	}

	public Visibility visibility() {
		return visibility;
	}

	public String regionCode() {
		return regionCode;
	}

	public Long communityId() {
		return communityId;
	}

	public Long activityId() {
		return activityId;
	}

	public long authorId() {
		return authorId;
	}

	public String authorName() {
		return authorName;
	}

	public boolean hidden() {
		return hidden;
	}

	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** A lightweight description for the access checks. */
	public Placement placement() {
		return new Placement(visibility, regionCode, communityId, authorId, hidden, draft(), addedEditors());
	}

	/** Whether only its author sees it yet. */
	protected boolean draft() {
		return false;
	}

	/** Accounts besides the author that may change it. */
	protected Set<Long> addedEditors() {
		return Set.of();
	}

}
