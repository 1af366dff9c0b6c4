package id.kombel.shared.files;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The file store in an S3-compatible object store ({@code kombel.storage.backend=s3}):
 * AWS S3, MinIO, Ceph, Garage, a provider's object storage. An object appears whole or
 * not at all (a single PUT with its length), so a failed upload leaves nothing behind.
 */
public class S3FileStore implements FileStore {

	private final S3Client s3;

	private final String bucket;

	/**
	 * A client for an S3-compatible server: path-style addressing, and checksums only
	 * where the protocol requires them (the SDK's default trailing checksums are not
	 * understood by every S3-compatible server).
	 */
	public static S3Client client(String endpoint, String region, String accessKey, String secretKey) {
		var builder = S3Client.builder()
			.region(Region.of(region))
			.forcePathStyle(true)
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(2))
				.socketTimeout(Duration.ofSeconds(30)))
			.credentialsProvider(accessKey == null || accessKey.isBlank() ? DefaultCredentialsProvider.builder().build()
					: StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
		if (endpoint != null && !endpoint.isBlank()) {
			builder.endpointOverride(URI.create(endpoint));
		}
		return builder.build();
	}

	public S3FileStore(S3Client s3, String bucket) {
		this.s3 = s3;
		this.bucket = bucket;
	}

	@Override
	public void put(String key, InputStream content, long length, String contentType) {
		check(key);
		try {
			s3.putObject(
					b -> b.bucket(bucket)
						.key(key)
						.contentLength(length)
						.contentType(contentType == null ? "application/octet-stream" : contentType),
					RequestBody.fromInputStream(content, length));
		}
		catch (SdkException | IllegalStateException | java.io.UncheckedIOException ex) {
			// the store refused or went away, or the upload's own stream broke off (the
			// SDK
			// then cannot retry it): nothing was stored
			throw new FileStoreUnavailableException("cannot store " + key, ex);
		}
	}

	@Override
	public Optional<StoredObject> open(String key) {
		check(key);
		try {
			var response = s3.getObject(b -> b.bucket(bucket).key(key));
			return Optional
				.of(new StoredObject(response, response.response().contentLength(), response.response().contentType()));
		}
		catch (NoSuchKeyException ex) {
			return Optional.empty();
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return Optional.empty();
			}
			throw new FileStoreUnavailableException("cannot read " + key, ex);
		}
		catch (SdkException ex) {
			throw new FileStoreUnavailableException("cannot read " + key, ex);
		}
	}

	@Override
	public boolean exists(String key) {
		check(key);
		try {
			s3.headObject(b -> b.bucket(bucket).key(key));
			return true;
		}
		catch (NoSuchKeyException ex) {
			return false;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return false;
			}
			throw new FileStoreUnavailableException("cannot look up " + key, ex);
		}
		catch (SdkException ex) {
			throw new FileStoreUnavailableException("cannot look up " + key, ex);
		}
	}

	@Override
	public void delete(String key) {
		check(key);
		try {
			s3.deleteObject(b -> b.bucket(bucket).key(key));
		}
		catch (SdkException ex) {
			throw new FileStoreUnavailableException("cannot delete " + key, ex);
		}
	}

	/** The same keys as the directory store: relative, without {@code ..}. */
	private static void check(String key) {
		if (key == null || key.isBlank() || key.startsWith("/") || key.contains("..") || key.contains("\\")) {
			throw new IllegalArgumentException("not a file key: " + key);
		}
	}

}
