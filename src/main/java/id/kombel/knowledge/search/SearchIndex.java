package id.kombel.knowledge.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the search index from the database (Hibernate Search's mass indexer), on an
 * admin's request, from the command line, or on start when the embedded index was not
 * built from this database (a new or restored database, a copied data directory): a
 * generation id is kept both in the database and next to the index, and they must agree;
 * or when it was built with the fields of an earlier version ({@link #MAPPING}).
 */
@Service
public class SearchIndex {

	/** What the last rebuild did; {@code documents} counts the indexed items. */
	public record Status(boolean running, Instant startedAt, Instant finishedAt, Long durationMs, Long documents,
			String error) {

		static final Status NEVER = new Status(false, null, null, null, null, null);

	}

	/**
	 * The index's fields: raise it whenever a release changes them, so an embedded index
	 * written by an earlier version is rebuilt on start rather than missing the new
	 * fields (items not found).
	 */
	public static final String MAPPING = "4";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final EntityManagerFactory entityManagerFactory;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Path generationFile;

	private final Path mappingFile;

	private final boolean embedded;

	private final int threads;

	private final AtomicReference<Status> status = new AtomicReference<>(Status.NEVER);

	SearchIndex(EntityManagerFactory entityManagerFactory, JdbcTemplate jdbc, Clock clock,
			@Value("${kombel.data-path}") String dataPath, @Value("${kombel.search.backend:lucene}") String backend,
			@Value("${kombel.search.reindex-threads:2}") int threads) {
		this.entityManagerFactory = entityManagerFactory;
		this.jdbc = jdbc;
		this.clock = clock;
		this.generationFile = Path.of(dataPath, "index", "generation");
		this.mappingFile = Path.of(dataPath, "index", "mapping");
		this.embedded = "lucene".equalsIgnoreCase(backend);
		this.threads = threads;
	}

	public Status status() {
		return status.get();
	}

	/** Starts a rebuild in the background; false when one is already running. */
	public boolean start() {
		Status current = status.get();
		Status running = new Status(true, clock.instant(), null, null, null, null);
		if (current.running() || !status.compareAndSet(current, running)) {
			return false;
		}
		CompletableFuture.runAsync(() -> run(running.startedAt()));
		return true;
	}

	/** Rebuilds now, in this thread. */
	public Status rebuild() {
		Instant started = clock.instant();
		status.set(new Status(true, started, null, null, null, null));
		run(started);
		return status.get();
	}

	private void run(Instant started) {
		try {
			SearchMapping mapping = Search.mapping(entityManagerFactory);
			mapping.scope(Object.class)
				.massIndexer()
				.purgeAllOnStart(true)
				// a cluster keeps each index's analysis and mapping in the index itself:
				// a rebuild
				// recreates the indexes, so that it applies the analyzer and fields of
				// this version
				.dropAndCreateSchemaOnStart(!embedded)
				.threadsToLoadObjects(threads)
				.batchSizeToLoadObjects(500)
				.idFetchSize(1000)
				// one segment per embedded index afterwards: searches of a rebuilt index
				// visit one segment,
				// not dozens; a cluster merges by its own policy (a forced merge is for
				// indexes no longer written)
				.mergeSegmentsOnFinish(embedded)
				.startAndWait();
			long documents = count();
			markBuilt();
			Instant done = clock.instant();
			status.set(new Status(false, started, done, done.toEpochMilli() - started.toEpochMilli(), documents, null));
			log.info("Search index rebuilt: {} documents in {} ms", documents,
					done.toEpochMilli() - started.toEpochMilli());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			status.set(new Status(false, started, clock.instant(), null, null, "interrupted"));
		}
		catch (RuntimeException ex) {
			log.error("Search index rebuild failed", ex);
			status.set(new Status(false, started, clock.instant(), null, null, ex.getMessage()));
		}
	}

	private long count() {
		try (var em = entityManagerFactory.createEntityManager()) {
			return Search.session(em).search(Object.class).where(f -> f.matchAll()).fetchTotalHitCount();
		}
	}

	/**
	 * True when the embedded index was not built from this database and must be rebuilt.
	 */
	boolean stale() {
		if (!embedded) {
			return false;
		}
		String inDatabase = jdbc.query("select generation from knowledge_index_state where id = 1",
				rs -> rs.next() ? rs.getString(1) : null);
		try {
			String onDisk = Files.exists(generationFile) ? Files.readString(generationFile).strip() : null;
			String mapping = Files.exists(mappingFile) ? Files.readString(mappingFile).strip() : null;
			return inDatabase == null || !inDatabase.equals(onDisk) || !MAPPING.equals(mapping);
		}
		catch (IOException ex) {
			return true;
		}
	}

	private void markBuilt() {
		if (!embedded) {
			return;
		}
		String generation = UUID.randomUUID().toString();
		try {
			Files.createDirectories(generationFile.getParent());
			Files.writeString(generationFile, generation);
			Files.writeString(mappingFile, MAPPING);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot write " + generationFile, ex);
		}
		int updated = jdbc.update("update knowledge_index_state set generation = ?, built_at = ? where id = 1",
				generation, java.sql.Timestamp.from(clock.instant()));
		if (updated == 0) {
			jdbc.update("insert into knowledge_index_state (id, generation, built_at) values (1, ?, ?)", generation,
					java.sql.Timestamp.from(clock.instant()));
		}
	}

}
