package id.kombel.shared.files;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory store ({@code kombel.storage.backend=directory}, the default); the object
 * store is {@link S3FileStoreConfig}.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

	@Bean
	@ConditionalOnProperty(name = "kombel.storage.backend", havingValue = "directory", matchIfMissing = true)
	FileStore directoryFileStore(@Value("${kombel.storage.dir:${kombel.data-path}/files}") Path dir) {
		return new DirectoryFileStore(dir);
	}

}
