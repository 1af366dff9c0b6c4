package id.kombel.knowledge;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.files.FileStore;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.comment.Comment;
import id.kombel.knowledge.comment.CommentRepository;
import id.kombel.knowledge.comment.CommentView;
import id.kombel.knowledge.item.ItemType;
import id.kombel.knowledge.material.Material;
import id.kombel.knowledge.material.MaterialFiles;
import id.kombel.knowledge.material.MaterialRepository;
import id.kombel.knowledge.material.MaterialVersion;
import id.kombel.knowledge.material.MaterialVersionRepository;
import id.kombel.knowledge.material.MaterialView;
import id.kombel.knowledge.access.Places;
import id.kombel.knowledge.access.Reader;
import id.kombel.knowledge.material.StoredFile;
import id.kombel.knowledge.access.Visible;

/**
 * Teaching materials: upload with metadata, new versions by its editors, downloads
 * counted, comments.
 */
@Service
public class Materials {

	/** A file to send, with the name it was uploaded under. */
	/** The file ({@code null} when the store has none under its hash), name and type. */
	public record Download(FileStore.StoredObject file, String fileName, String contentType) {
	}

	private final MaterialRepository materials;

	private final MaterialVersionRepository versions;

	private final CommentRepository comments;

	private final MaterialFiles files;

	private final KnowledgePolicy policy;

	private final Places places;

	private final Clock clock;

	Materials(MaterialRepository materials, MaterialVersionRepository versions, CommentRepository comments,
			MaterialFiles files, KnowledgePolicy policy, Places places, Clock clock) {
		this.materials = materials;
		this.versions = versions;
		this.comments = comments;
		this.files = files;
		this.policy = policy;
		this.places = places;
		this.clock = clock;
	}

	@Transactional
	public MaterialView upload(KombelUser user, MaterialMetadata metadata, MultipartFile file) {
		Places.Place place = places.decide(user, metadata.visibility(), metadata.regionCode(), metadata.communityId());
		Long activity = places.activity(user, metadata.activityId(), place.communityId());
		StoredFile stored = files.store(file);
		Material m = new Material(metadata, user.accountId(), user.displayName(), clock.instant());
		m.place(metadata.levels(), metadata.subjects(), place.visibility(), place.regionCode(), place.communityId(),
				activity);
		int version = m.nextVersion(clock.instant());
		materials.save(m);
		versions.save(new MaterialVersion(m.id(), version, stored, metadata.note(), user.accountId(),
				user.displayName(), clock.instant()));
		return view(m, policy.reader(user));
	}

	/**
	 * A new version by an editor: the author, an added editor, or a member of the
	 * material's community.
	 */
	@Transactional
	public MaterialView addVersion(KombelUser user, long id, MultipartFile file, String note) {
		if (note != null && note.length() > 500) { // the page form reaches here unchecked
			throw InvalidInputException.of("note", "validation.too-long");
		}
		Material m = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.ADD_VERSION, m.placement());
		StoredFile stored = files.store(file);
		int version = m.nextVersion(clock.instant());
		versions.save(
				new MaterialVersion(id, version, stored, note, user.accountId(), user.displayName(), clock.instant()));
		return view(m, reader);
	}

	@Transactional
	public MaterialView addEditor(KombelUser user, long id, long accountId) {
		Material m = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.ADD_EDITOR, m.placement());
		m.editors().add(accountId);
		return view(m, reader);
	}

	@Transactional(readOnly = true)
	public MaterialView get(KombelUser user, long id) {
		Material m = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.READ, m.placement());
		return view(m, reader);
	}

	/**
	 * The newest materials this reader may see (filtered in the query: others' never take
	 * their place).
	 */
	@Transactional(readOnly = true)
	public List<MaterialView> latest(KombelUser user) {
		Reader reader = policy.reader(user);
		return materials
			.findBy(Visible.<Material>to(reader),
					q -> q.sortBy(Sort.by(Sort.Direction.DESC, "createdAt")).limit(Practices.LATEST).all())
			.stream()
			.map(m -> view(m, reader))
			.toList();
	}

	/** Counts the download (of the material and of the version) and gives the file. */
	@Transactional
	public Download download(KombelUser user, long id, Integer version) {
		Material m = load(id);
		policy.require(policy.reader(user), KnowledgePolicy.Action.READ, m.placement());
		int wanted = version == null ? m.currentVersion() : version;
		MaterialVersion v = versions.find(id, wanted).orElseThrow(() -> new NotFoundException("version " + wanted));
		m.downloaded();
		v.downloaded();
		return new Download(files.open(v.sha256()).orElse(null), v.fileName(), v.contentType());
	}

	@Transactional
	public CommentView comment(KombelUser user, long id, String body) {
		Material m = load(id);
		policy.require(policy.reader(user), KnowledgePolicy.Action.READ, m.placement());
		if (m.hidden()) {
			throw new NotFoundException("material " + id);
		}
		return comments
			.save(new Comment(ItemType.MATERIAL, id, body, user.accountId(), user.displayName(), clock.instant()))
			.view();
	}

	@Transactional(readOnly = true)
	public List<CommentView> comments(KombelUser user, long id) {
		Material m = load(id);
		Reader reader = policy.reader(user);
		policy.require(reader, KnowledgePolicy.Action.READ, m.placement());
		return comments.of(ItemType.MATERIAL, id)
			.stream()
			.filter(c -> !c.hidden() || policy.may(reader, KnowledgePolicy.Action.MODERATE, m.placement()))
			.map(Comment::view)
			.toList();
	}

	Material load(long id) {
		return materials.findById(id).orElseThrow(() -> new NotFoundException("material " + id));
	}

	MaterialView view(Material m, Reader reader) {
		return new MaterialView(m.id(), m.title(), m.description(), m.kind(), m.topic(), m.tags(), m.levels(),
				m.subjects(), m.visibility(), m.regionCode(), m.communityId(), m.activityId(), m.authorId(),
				m.authorName(), m.hidden(), m.currentVersion(), m.downloadCount(),
				policy.may(reader, KnowledgePolicy.Action.ADD_VERSION, m.placement()),
				policy.may(reader, KnowledgePolicy.Action.MODERATE, m.placement()), m.createdAt(), m.updatedAt(),
				versions.of(m.id()).stream().map(MaterialVersion::view).toList());
	}

}
