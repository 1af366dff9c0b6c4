package id.kombel.knowledge.photo;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import id.kombel.shared.files.DirectoryFileStore;
import id.kombel.knowledge.item.StorageUnavailableException;

/**
 * A photo that cannot be kept is the server's trouble (503 and "try again"), as for a
 * material.
 */
class PhotoFilesTest {

	@TempDir
	Path dir;

	@Test
	void aPhotoThatCannotBeWrittenIsStorageUnavailable() throws IOException {
		// the data directory is taken by a plain file: no folder can be made there (as a
		// full or read-only disk)
		Path blocked = Files.writeString(dir.resolve("data"), "not a directory");
		PhotoFiles files = new PhotoFiles(new DirectoryFileStore(blocked));
		PhotoImages.Version version = new PhotoImages.Version(new byte[] { 1, 2, 3 }, 1, 1);
		assertThatThrownBy(() -> files.write(PhotoFiles.newKey(), new PhotoImages.Photo(version, version)))
			.isInstanceOf(StorageUnavailableException.class);
	}

}
