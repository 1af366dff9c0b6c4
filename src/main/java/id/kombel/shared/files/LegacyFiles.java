package id.kombel.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Files that an earlier version kept in the node's data directory
 * ({@code <data-dir>/materials}, {@code <data-dir>/practice-photos}) are moved into the
 * file store on start, under the same relative keys, so their downloads keep working; the
 * old folder is then renamed {@code *.moved} (kept until the operator removes it).
 */
@Component
@Order(0)
class LegacyFiles implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(LegacyFiles.class);

	private static final List<String> FOLDERS = List.of("materials", "practice-photos");

	private final FileStore store;

	private final Path dataPath;

	LegacyFiles(FileStore store, @Value("${kombel.data-path}") Path dataPath) {
		this.store = store;
		this.dataPath = dataPath;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		for (String folder : FOLDERS) {
			Path old = dataPath.resolve(folder);
			if (!Files.isDirectory(old)) {
				continue;
			}
			int moved = 0;
			try (Stream<Path> files = Files.walk(old)) {
				for (Path file : files.filter(Files::isRegularFile)
					.filter(f -> !f.toString().endsWith(".part"))
					.toList()) {
					String key = folder + "/" + old.relativize(file).toString().replace('\\', '/');
					if (!store.exists(key)) {
						try (InputStream in = Files.newInputStream(file)) {
							store.put(key, in, Files.size(file), null);
						}
					}
					moved++;
				}
			}
			Files.move(old, old.resolveSibling(folder + ".moved"));
			log.info("moved {} files from {} into the file store", moved, old);
		}
	}

}
