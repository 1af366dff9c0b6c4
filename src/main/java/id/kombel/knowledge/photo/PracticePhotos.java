package id.kombel.knowledge.photo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.access.KombelUser;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;
import id.kombel.knowledge.practice.Practice;
import id.kombel.knowledge.Practices;
import id.kombel.knowledge.Visibility;

/**
 * Evidence photos of a good practice: added and removed by whoever may edit the practice,
 * read by whoever may read it. Photos are checked and re-encoded before anything is
 * saved; files are written inside the transaction that adds their rows and removed again
 * if it does not commit, so there is never a row without its files.
 */
@Service
public class PracticePhotos {

	/** At most this many photos per practice: evidence, not an album. */
	public static final int MAX_PHOTOS = 6;

	/**
	 * A photo file to send, and whether shared caches may keep it (the practice is public
	 * and published).
	 */
	record Served(String fileKey, boolean shared) {
	}

	/** The practice saved and the photos added to it. */
	public record Saved(long practiceId, List<PhotoView> added) {
	}

	private final PracticePhotoRepository photos;

	private final Practices practices;

	private final PhotoImages images;

	private final PhotoFiles files;

	private final TransactionTemplate transaction;

	private final TransactionTemplate reading;

	private final Clock clock;

	PracticePhotos(PracticePhotoRepository photos, Practices practices, PhotoImages images, PhotoFiles files,
			PlatformTransactionManager transactions, Clock clock) {
		this.photos = photos;
		this.practices = practices;
		this.images = images;
		this.files = files;
		this.transaction = new TransactionTemplate(transactions);
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
		this.clock = clock;
	}

	/** One photo added to a practice (API). */
	public PhotoView add(KombelUser user, long practiceId, MultipartFile file, String caption) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "knowledge.photo-missing");
		}
		requireRoomFor(user, practiceId, 1);
		return saveWith(user, List.of(file), caption, () -> practiceId).added().get(0);
	}

	/** Photos added to an existing practice from its page. */
	void addAll(KombelUser user, long practiceId, List<MultipartFile> uploads, String caption) {
		requireRoomFor(user, practiceId,
				uploads == null ? 0 : uploads.stream().filter(f -> f != null && !f.isEmpty()).count());
		saveWith(user, uploads, caption, () -> practiceId);
	}

	/**
	 * Refuses before decoding what the transaction would refuse anyway (not the author,
	 * no room): decoding a phone photo costs a core for a while, and nobody may make the
	 * server spend it for nothing. The transaction checks again under the practice's
	 * lock.
	 */
	private void requireRoomFor(KombelUser user, long practiceId, long count) {
		reading.executeWithoutResult(status -> {
			Practice p = practices.editable(user, practices.load(practiceId));
			if (photos.of(p.id()).size() + count > MAX_PHOTOS) {
				throw InvalidInputException.of("file", "knowledge.photo-too-many", MAX_PHOTOS);
			}
		});
	}

	/**
	 * Saves a practice (the {@code save} step: create or update, returning its id)
	 * together with new photos, all in one transaction: a refused photo saves neither.
	 * Empty file parts (a form sent without choosing a photo) are ignored.
	 */
	public Saved saveWith(KombelUser user, List<MultipartFile> uploads, String caption, LongSupplier save) {
		String text = caption(caption);
		// the slow part (decoding, scaling) before the transaction, so no database
		// connection waits on it
		List<PhotoImages.Photo> ready = (uploads == null ? List.<MultipartFile>of() : uploads).stream()
			.filter(f -> f != null && !f.isEmpty())
			.map(images::prepare)
			.toList();
		List<String> written = new ArrayList<>();
		try {
			return transaction.execute(status -> {
				long id = save.getAsLong();
				if (ready.isEmpty()) {
					return new Saved(id, List.of());
				}
				Practice p = practices.editable(user,
						photos.lockPractice(id).orElseThrow(() -> new NotFoundException("practice " + id)));
				if (photos.of(id).size() + ready.size() > MAX_PHOTOS) {
					throw InvalidInputException.of("file", "knowledge.photo-too-many", MAX_PHOTOS);
				}
				List<PhotoView> added = new ArrayList<>();
				for (PhotoImages.Photo photo : ready) {
					String key = PhotoFiles.newKey();
					written.add(key);
					files.write(key, photo);
					added
						.add(photos.save(new PracticePhoto(p.id(), text, key, photo, user.accountId(), clock.instant()))
							.view());
				}
				return new Saved(id, added);
			});
		}
		catch (RuntimeException ex) {
			written.forEach(files::delete);
			throw ex;
		}
	}

	public PhotoView caption(KombelUser user, long practiceId, long photoId, String caption) {
		String text = caption(caption);
		return transaction.execute(status -> {
			PracticePhoto photo = editable(user, practiceId, photoId);
			photo.caption(text);
			return photo.view();
		});
	}

	/** Removes the row, then its files once that has committed. */
	public void remove(KombelUser user, long practiceId, long photoId) {
		String key = transaction.execute(status -> {
			PracticePhoto photo = editable(user, practiceId, photoId);
			photos.delete(photo);
			return photo.fileKey();
		});
		files.delete(key);
	}

	/**
	 * The file of one version, for a reader who may read the practice (as its page: else
	 * 404).
	 */
	Served file(KombelUser user, long practiceId, long photoId, PhotoFiles.Variant variant) {
		return reading.execute(status -> {
			Practice p = practices.readable(user, practiceId);
			PracticePhoto photo = photos.findById(photoId)
				.filter(ph -> ph.practiceId() == practiceId)
				.orElseThrow(() -> new NotFoundException("photo " + photoId));
			boolean shared = p.visibility() == Visibility.PUBLIC && p.status() == Practice.Status.PUBLISHED
					&& !p.hidden();
			return new Served(photo.fileKey(), shared);
		});
	}

	int maxPhotos() {
		return MAX_PHOTOS;
	}

	long maxMegabytes() {
		return images.maxSize().toMegabytes();
	}

	private PracticePhoto editable(KombelUser user, long practiceId, long photoId) {
		practices.editable(user, practices.load(practiceId));
		return photos.findById(photoId)
			.filter(ph -> ph.practiceId() == practiceId)
			.orElseThrow(() -> new NotFoundException("photo " + photoId));
	}

	/** Blank is none; at most 200 characters (the alt text a screen reader speaks). */
	private static String caption(String caption) {
		if (caption == null || caption.isBlank()) {
			return null;
		}
		String text = caption.strip();
		if (text.length() > 200) {
			throw InvalidInputException.of("caption", "validation.too-long");
		}
		return text;
	}

}
