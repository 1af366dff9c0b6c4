package id.kombel.knowledge.material;

/** A checked file kept in the data directory. */
public record StoredFile(String fileName, String contentType, long size, String sha256) {
}
