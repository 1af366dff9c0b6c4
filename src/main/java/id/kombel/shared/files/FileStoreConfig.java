package id.kombel.shared.files;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The directory store unless another {@link FileStore} (the object store) is configured.
 */
@Configuration(proxyBeanMethods = false)
class FileStoreConfig {

	@Bean
	@ConditionalOnMissingBean(FileStore.class)
	FileStore directoryFileStore(@Value("${kombel.storage.dir:${kombel.data-path}/files}") Path dir) {
		return new DirectoryFileStore(dir);
	}

}
