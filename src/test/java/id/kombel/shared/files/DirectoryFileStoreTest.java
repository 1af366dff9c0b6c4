package id.kombel.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryFileStoreTest {

	@TempDir
	Path dir;

	@Test
	void keepsReadsAndDeletesAFileByKey() throws IOException {
		FileStore store = new DirectoryFileStore(dir);
		store.put("materials/ab/abc", "modul ajar".getBytes(StandardCharsets.UTF_8), "text/plain");

		assertThat(store.exists("materials/ab/abc")).isTrue();
		try (FileStore.StoredObject file = store.open("materials/ab/abc").orElseThrow()) {
			assertThat(file.length()).isEqualTo(10);
			assertThat(new String(file.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("modul ajar");
		}
		store.delete("materials/ab/abc");
		store.delete("materials/ab/abc");
		assertThat(store.open("materials/ab/abc")).isEmpty();
	}

	@Test
	void aWriteThatFailsHalfWayLeavesNothing() throws IOException {
		FileStore store = new DirectoryFileStore(dir);
		InputStream broken = new InputStream() {
			int sent;

			@Override
			public int read() throws IOException {
				if (sent++ > 100) {
					throw new IOException("client gone");
				}
				return 'x';
			}
		};

		assertThatThrownBy(() -> store.put("photos/p1", broken, 1000, "image/jpeg"))
			.isInstanceOf(FileStoreUnavailableException.class);
		assertThat(store.exists("photos/p1")).isFalse();
		try (var files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile)).isEmpty();
		}
	}

	@Test
	void refusesKeysOutsideItsDirectory() {
		FileStore store = new DirectoryFileStore(dir.resolve("files"));
		assertThatThrownBy(() -> store.put("../secret", new ByteArrayInputStream(new byte[1]), 1, null))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> store.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
	}

}
