package id.kombel.communities.cycle;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

import org.apache.tika.Tika;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import id.kombel.shared.files.FileStore;
import id.kombel.shared.web.InvalidInputException;
import id.kombel.shared.web.NotFoundException;

/**
 * The evidence file of a cycle's before/after results (a score sheet, an assessment
 * summary, a photo of the board): checked by its content with Tika, not by its name or
 * the browser's claim, as knowledge materials are; kept in the shared {@link FileStore}
 * under {@code cycles/}, so every node serves it.
 */
@Component
public class CycleEvidence {

	/** Documents, spreadsheets and images: what results are recorded in. */
	static final Set<String> ALLOWED = Set.of("application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
			"application/vnd.openxmlformats-officedocument.presentationml.presentation",
			"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
			"application/msword", "application/vnd.ms-excel", "application/x-tika-msoffice", "application/x-tika-ooxml",
			"image/jpeg", "image/png", "image/webp", "text/csv", "text/plain");

	private static final Tika TIKA = new Tika();

	/** A stored file: its key in the store, the uploaded name and the detected type. */
	public record Stored(String key, String name, String type) {
	}

	private final FileStore store;

	private final DataSize maxSize;

	CycleEvidence(FileStore store, @Value("${kombel.communities.max-evidence-size:10MB}") DataSize maxSize) {
		this.store = store;
		this.maxSize = maxSize;
	}

	public Stored store(long cycleId, MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "cycle.evidence-missing");
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw InvalidInputException.of("file", "cycle.evidence-too-large", maxSize.toMegabytes());
		}
		String name = cleanName(file.getOriginalFilename());
		try {
			String type;
			try (InputStream in = new BufferedInputStream(file.getInputStream())) {
				type = TIKA.detect(in, name);
			}
			if (!ALLOWED.contains(type)) {
				throw InvalidInputException.of("file", "cycle.evidence-type", type);
			}
			String key = "cycles/" + cycleId + "/" + UUID.randomUUID();
			try (InputStream in = file.getInputStream()) {
				store.put(key, in, file.getSize(), type);
			}
			return new Stored(key, name, type);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	public void delete(String key) {
		if (key != null) {
			store.delete(key);
		}
	}

	/**
	 * The file as an attachment under its uploaded name, never shown inline, so no upload
	 * runs in our origin.
	 */
	public ResponseEntity<byte[]> download(String key, String name) {
		if (key == null) {
			throw new NotFoundException("evidence");
		}
		try (FileStore.StoredObject file = store.open(key).orElseThrow(() -> new NotFoundException("evidence"))) {
			return ResponseEntity.ok()
				.contentType(MediaType
					.parseMediaType(file.contentType() == null ? "application/octet-stream" : file.contentType()))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
				.header("X-Content-Type-Options", "nosniff")
				.body(file.content().readAllBytes());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Only the last path element, without control characters, at most 255 characters. */
	static String cleanName(String original) {
		String name = original == null || original.isBlank() ? "bukti" : original;
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}\"]", "_").strip();
		if (name.isEmpty()) {
			name = "bukti";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
