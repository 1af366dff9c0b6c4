package id.kombel.knowledge;

/** A checked file kept in the data directory. */
record StoredFile(String fileName, String contentType, long size, String sha256) {
}
