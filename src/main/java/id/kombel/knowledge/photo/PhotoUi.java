package id.kombel.knowledge.photo;

import org.springframework.stereotype.Component;

/** The photo limits that the practice pages tell their author, as {@code @photoUi}. */
@Component("photoUi")
public class PhotoUi {

	private final PracticePhotos photos;

	PhotoUi(PracticePhotos photos) {
		this.photos = photos;
	}

	public int maxPhotos() {
		return photos.maxPhotos();
	}

	public long maxMegabytes() {
		return photos.maxMegabytes();
	}

}
