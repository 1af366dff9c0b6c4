package id.kombel.portfolio.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import id.kombel.shared.files.FileStore;

/**
 * Makes the ready-made copies for photos uploaded before uploads made them (V1020), so no
 * download decodes and encodes a photo: a few photos a run, on one node of the cluster at
 * a time ({@code shared.jobs}); the state is the row's {@code print_copies}, so any node
 * goes on where another stopped. A photo whose file is gone or does not decode is marked
 * with an empty list and not tried again (its download takes the old way).
 */
@Component
public class PrintCopyBackfill {

	private static final Logger log = LoggerFactory.getLogger(PrintCopyBackfill.class);

	/**
	 * Photos a run: each is one decode and about six encodes (a few seconds of a core),
	 * so a run stays far inside its lock and leaves the cores to the requests.
	 */
	static final int BATCH = 4;

	private final JdbcClient jdbc;

	private final FileStore files;

	PrintCopyBackfill(JdbcClient jdbc, FileStore files) {
		this.jdbc = jdbc;
		this.files = files;
	}

	@Scheduled(fixedDelayString = "${kombel.portfolio.print-copies-every:PT1M}",
			initialDelayString = "${kombel.portfolio.print-copies-every:PT1M}")
	@SchedulerLock(name = "portfolio-print-copies", lockAtMostFor = "PT10M")
	public void run() {
		backfill(BATCH);
	}

	/** Makes the copies of at most {@code limit} photos; how many got them. */
	int backfill(int limit) {
		List<EvidenceStore.StoredEvidence> missing = jdbc.sql("""
				select * from portfolio_evidence where print_copies is null
				and content_type in ('image/jpeg', 'image/png') order by id limit :n""")
			.param("n", limit)
			.query(EvidenceStore.StoredEvidence.class)
			.list();
		int made = 0;
		for (EvidenceStore.StoredEvidence e : missing) {
			if (copies(e)) {
				made++;
			}
		}
		return made;
	}

	private boolean copies(EvidenceStore.StoredEvidence e) {
		Optional<byte[]> original = read(e.fileKey());
		List<EvidenceImages.Copy> copies;
		try {
			copies = original.map(bytes -> EvidenceImages.ladder(EvidenceImages.decode(bytes))).orElse(List.of());
		}
		catch (RuntimeException ex) {
			log.warn("evidence {}: its photo does not decode, no print copies ({})", e.id(), ex.toString());
			copies = List.of();
		}
		List<String> written = new ArrayList<>();
		for (int i = 0; i < copies.size(); i++) {
			String key = EvidenceStore.copyKey(e.fileKey(), i == 0 ? 0 : copies.get(i).edge());
			files.put(key, copies.get(i).jpeg(), "image/jpeg");
			written.add(key);
		}
		String list = copies.stream().map(c -> c.edge() + ":" + c.jpeg().length).collect(Collectors.joining(","));
		int updated = jdbc
			.sql("update portfolio_evidence set print_copies = :copies where id = :id and print_copies is null")
			.param("copies", list)
			.param("id", e.id())
			.update();
		if (updated == 0 && jdbc.sql("select count(*) from portfolio_evidence where id = :id")
			.param("id", e.id())
			.query(Long.class)
			.single() == 0) {
			// deleted while its copies were made: they belong to nobody
			written.forEach(files::delete);
		}
		return updated == 1 && !copies.isEmpty();
	}

	private Optional<byte[]> read(String key) {
		Optional<FileStore.StoredObject> object = files.open(key);
		if (object.isEmpty()) {
			log.warn("evidence file {} is missing: no print copies", key);
			return Optional.empty();
		}
		try (FileStore.StoredObject o = object.get(); InputStream in = o.content()) {
			return Optional.of(in.readAllBytes());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
