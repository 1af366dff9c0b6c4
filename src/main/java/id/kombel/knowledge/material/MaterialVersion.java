package id.kombel.knowledge.material;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One uploaded file of a material; the file lies in the data directory under its SHA-256.
 */
@Entity
@Table(name = "material_version")
public class MaterialVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "material_id")
	private long materialId;

	private int version;

	@Column(name = "file_name")
	private String fileName;

	@Column(name = "content_type")
	private String contentType;

	@Column(name = "size_bytes")
	private long sizeBytes;

	private String sha256;

	private String note;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "author_name")
	private String authorName;

	@Column(name = "download_count")
	private long downloadCount;

	@Column(name = "created_at")
	private Instant createdAt;

	protected MaterialVersion() {
	}

	public MaterialVersion(long materialId, int version, StoredFile file, String note, long authorId, String authorName,
			Instant at) {
		this.materialId = materialId;
		this.version = version;
		this.fileName = file.fileName();
		this.contentType = file.contentType();
		this.sizeBytes = file.size();
		this.sha256 = file.sha256();
		this.note = note;
		this.authorId = authorId;
		this.authorName = authorName;
		this.createdAt = at;
	}

	public void downloaded() {
		downloadCount++;
	}

	int version() {
		return version;
	}

	public String sha256() {
		return sha256;
	}

	public String fileName() {
		return fileName;
	}

	public String contentType() {
		return contentType;
	}

	public VersionView view() {
		return new VersionView(version, fileName, contentType, sizeBytes, note, authorId, authorName, downloadCount,
				createdAt);
	}

}
