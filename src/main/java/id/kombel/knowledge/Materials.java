package id.kombel.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.OutOfScopeException;
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
import id.kombel.knowledge.access.Readers;
import id.kombel.knowledge.material.StoredFile;
import id.kombel.knowledge.access.Visible;

/** Teaching materials: upload with metadata, new versions by its editors, downloads counted, comments. */
@Service
public class Materials {

	/** A file to send, with the name it was uploaded under. */
	public record Download(Path path, String fileName, String contentType) {
	}

	private final MaterialRepository materials;

	private final MaterialVersionRepository versions;

	private final CommentRepository comments;

	private final MaterialFiles files;

	private final Readers readers;

	private final Places places;

	private final Clock clock;

	Materials(MaterialRepository materials, MaterialVersionRepository versions, CommentRepository comments,
			MaterialFiles files, Readers readers, Places places, Clock clock) {
		this.materials = materials;
		this.versions = versions;
		this.comments = comments;
		this.files = files;
		this.readers = readers;
		this.places = places;
		this.clock = clock;
	}

	@Transactional
	public MaterialView upload(KombelUser user, MaterialMetadata metadata, MultipartFile file) {
		Places.Place place = places.decide(user, metadata.visibility(), metadata.regionCode(), metadata.communityId());
		StoredFile stored = files.store(file);
		Material m = new Material(metadata, user.accountId(), user.displayName(), clock.instant());
		m.place(metadata.levels(), metadata.subjects(), place.visibility(), place.regionCode(), place.communityId(),
				metadata.activityId());
		int version = m.nextVersion(clock.instant());
		materials.save(m);
		versions.save(new MaterialVersion(m.id(), version, stored, metadata.note(), user.accountId(),
				user.displayName(), clock.instant()));
		return view(m, readers.of(user));
	}

	/** A new version by an editor: the author, an added editor, or a member of the material's community. */
	@Transactional
	public MaterialView addVersion(KombelUser user, long id, MultipartFile file, String note) {
		if (note != null && note.length() > 500) { // the page form reaches here unchecked
			throw InvalidInputException.of("note", "validation.too-long");
		}
		Material m = load(id);
		Reader reader = readers.of(user);
		readers.requireSees(reader, m.placement(), "material " + id);
		if (!mayEdit(reader, m)) {
			throw new OutOfScopeException("material " + id);
		}
		StoredFile stored = files.store(file);
		int version = m.nextVersion(clock.instant());
		versions.save(new MaterialVersion(id, version, stored, note, user.accountId(), user.displayName(),
				clock.instant()));
		return view(m, reader);
	}

	@Transactional
	public MaterialView addEditor(KombelUser user, long id, long accountId) {
		Material m = load(id);
		Reader reader = readers.of(user);
		readers.requireSees(reader, m.placement(), "material " + id);
		if (m.authorId() != user.accountId() && !reader.moderates(m.placement())) {
			throw new OutOfScopeException("material " + id);
		}
		m.editors().add(accountId);
		return view(m, reader);
	}

	@Transactional(readOnly = true)
	public MaterialView get(KombelUser user, long id) {
		Material m = load(id);
		Reader reader = readers.of(user);
		readers.requireSees(reader, m.placement(), "material " + id);
		return view(m, reader);
	}

	/** The newest materials this reader may see (filtered in the query: others' never take their place). */
	@Transactional(readOnly = true)
	public List<MaterialView> latest(KombelUser user) {
		Reader reader = readers.of(user);
		return materials.findBy(Visible.<Material>to(reader),
				q -> q.sortBy(Sort.by(Sort.Direction.DESC, "createdAt")).limit(Practices.LATEST).all())
			.stream()
			.map(m -> view(m, reader))
			.toList();
	}

	/** Counts the download (of the material and of the version) and gives the file. */
	@Transactional
	public Download download(KombelUser user, long id, Integer version) {
		Material m = load(id);
		readers.requireSees(readers.of(user), m.placement(), "material " + id);
		int wanted = version == null ? m.currentVersion() : version;
		MaterialVersion v = versions.find(id, wanted).orElseThrow(() -> new NotFoundException("version " + wanted));
		m.downloaded();
		v.downloaded();
		return new Download(files.path(v.sha256()), v.fileName(), v.contentType());
	}

	@Transactional
	public CommentView comment(KombelUser user, long id, String body) {
		Material m = load(id);
		readers.requireSees(readers.of(user), m.placement(), "material " + id);
		if (m.hidden()) {
			throw new NotFoundException("material " + id);
		}
		return comments.save(new Comment(ItemType.MATERIAL, id, body, user.accountId(), user.displayName(),
				clock.instant())).view();
	}

	@Transactional(readOnly = true)
	public List<CommentView> comments(KombelUser user, long id) {
		Material m = load(id);
		Reader reader = readers.of(user);
		readers.requireSees(reader, m.placement(), "material " + id);
		return comments.of(ItemType.MATERIAL, id).stream()
			.filter(c -> !c.hidden() || reader.moderates(m.placement()))
			.map(Comment::view)
			.toList();
	}

	Material load(long id) {
		return materials.findById(id).orElseThrow(() -> new NotFoundException("material " + id));
	}

	private static boolean mayEdit(Reader reader, Material m) {
		return m.authorId() == reader.accountId() || m.editors().contains(reader.accountId())
				|| (m.communityId() != null && reader.communities().contains(m.communityId()))
				|| reader.moderates(m.placement());
	}

	MaterialView view(Material m, Reader reader) {
		return new MaterialView(m.id(), m.title(), m.description(), m.kind(), m.topic(), m.tags(), m.levels(),
				m.subjects(), m.visibility(), m.regionCode(), m.communityId(), m.activityId(), m.authorId(),
				m.authorName(), m.hidden(), m.currentVersion(), m.downloadCount(), mayEdit(reader, m),
				reader.moderates(m.placement()), m.createdAt(), m.updatedAt(),
				versions.of(m.id()).stream().map(MaterialVersion::view).toList());
	}
}
