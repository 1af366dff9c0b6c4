package id.kombel.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The file store in a directory ({@code kombel.storage.dir}, by default
 * {@code <data-dir>/files}). Nodes that mount the same directory share their files. Each
 * file is written to a temporary name and moved into place, so a reader never sees half a
 * file.
 */
public class DirectoryFileStore implements FileStore {

	private final Path root;

	public DirectoryFileStore(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		Path target = resolve(key);
		try {
			Files.createDirectories(target.getParent());
			Path temp = Files.createTempFile(target.getParent(), ".upload", ".part");
			try {
				Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			finally {
				Files.deleteIfExists(temp);
			}
		}
		catch (IOException ex) {
			throw new FileStoreUnavailableException("cannot store " + key, ex);
		}
	}

	@Override
	public Optional<StoredObject> open(String key) {
		Path path = resolve(key);
		try {
			long size = Files.size(path);
			return Optional.of(new StoredObject(Files.newInputStream(path), size, null));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new FileStoreUnavailableException("cannot read " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(resolve(key));
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(resolve(key));
		}
		catch (IOException ex) {
			throw new FileStoreUnavailableException("cannot delete " + key, ex);
		}
	}

	/** Refuses keys that would leave the root ({@code ..}, absolute paths). */
	private Path resolve(String key) {
		Path path = root.resolve(key).normalize();
		if (key.isBlank() || key.startsWith("/") || !path.startsWith(root) || path.equals(root)) {
			throw new IllegalArgumentException("not a file key: " + key);
		}
		return path;
	}

}
