package id.kombel.knowledge.photo;

import java.time.Instant;

/**
 * An evidence photo of a practice: a small version for lists (about 320 px wide) and a
 * display version (at most 1280 px on its long side), both upright JPEGs without
 * metadata. The URLs never change content, so clients may cache them for good. The
 * caption is the image's alt text.
 */
public record PhotoView(long id, String caption, String smallUrl, int smallWidth, int smallHeight, String displayUrl,
		int displayWidth, int displayHeight, Instant createdAt) {
}
