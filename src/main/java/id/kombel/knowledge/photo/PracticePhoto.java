package id.kombel.knowledge.photo;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An evidence photo of a good practice; its two JPEGs lie in the data directory under
 * {@code fileKey}.
 */
@Entity
@Table(name = "practice_photo")
public class PracticePhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "practice_id")
	private long practiceId;

	private String caption;

	@Column(name = "file_key")
	private String fileKey;

	@Column(name = "small_width")
	private int smallWidth;

	@Column(name = "small_height")
	private int smallHeight;

	@Column(name = "display_width")
	private int displayWidth;

	@Column(name = "display_height")
	private int displayHeight;

	private long bytes;

	@Column(name = "author_id")
	private long authorId;

	@Column(name = "created_at")
	private Instant createdAt;

	protected PracticePhoto() {
	}

	PracticePhoto(long practiceId, String caption, String fileKey, PhotoImages.Photo photo, long authorId, Instant at) {
		this.practiceId = practiceId;
		this.caption = caption;
		this.fileKey = fileKey;
		this.smallWidth = photo.small().width();
		this.smallHeight = photo.small().height();
		this.displayWidth = photo.display().width();
		this.displayHeight = photo.display().height();
		this.bytes = photo.small().jpeg().length + photo.display().jpeg().length;
		this.authorId = authorId;
		this.createdAt = at;
	}

	long id() {
		return id;
	}

	public long practiceId() {
		return practiceId;
	}

	String fileKey() {
		return fileKey;
	}

	void caption(String text) {
		this.caption = text;
	}

	public PhotoView view() {
		String base = "/practices/" + practiceId + "/photos/" + id + "/";
		return new PhotoView(id, caption, base + "small.jpg", smallWidth, smallHeight, base + "display.jpg",
				displayWidth, displayHeight, createdAt);
	}

}
