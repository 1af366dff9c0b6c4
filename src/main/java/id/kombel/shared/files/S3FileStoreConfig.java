package id.kombel.shared.files;

import java.net.URI;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
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
		var builder = S3Client.builder()
			.region(Region.of(region))
			.forcePathStyle(true)
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(2))
				.socketTimeout(Duration.ofSeconds(30)))
			.credentialsProvider(accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
		if (!endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder.build();
	}

	@Bean
	FileStore s3FileStore(S3Client kombelS3Client, @Value("${kombel.storage.s3.bucket}") String bucket) {
		return new S3FileStore(kombelS3Client, bucket);
	}

}
