package id.kombel.shared.files;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.services.s3.S3Client;

/**
 * The object store, when {@code kombel.storage.backend=s3}:
 * {@code kombel.storage.s3.endpoint} (unset: AWS itself), {@code .bucket},
 * {@code .region}, {@code .access-key}, {@code .secret-key} (unset: the SDK's usual
 * chain, e.g. an instance role). Path-style addressing, which every S3-compatible server
 * understands.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kombel.storage.backend", havingValue = "s3")
class S3FileStoreConfig {

	@Bean(destroyMethod = "close")
	S3Client kombelS3Client(@Value("${kombel.storage.s3.endpoint:}") String endpoint,
			@Value("${kombel.storage.s3.region:us-east-1}") String region,
			@Value("${kombel.storage.s3.access-key:}") String accessKey,
			@Value("${kombel.storage.s3.secret-key:}") String secretKey) {
		return S3FileStore.client(endpoint, region, accessKey, secretKey);
	}

	@Bean
	FileStore s3FileStore(S3Client kombelS3Client, @Value("${kombel.storage.s3.bucket}") String bucket) {
		return new S3FileStore(kombelS3Client, bucket);
	}

}
