package id.kombel.knowledge.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --kombel.reindex=true} rebuilds the search index and exits (the command);
 * otherwise, once started, a stale embedded index is rebuilt before anyone searches it.
 */
@Component
class SearchIndexStartup {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

	private final SearchIndex index;

	private final ApplicationContext context;

	private final boolean command;

	private final boolean rebuildWhenStale;

	SearchIndexStartup(SearchIndex index, ApplicationContext context, @Value("${kombel.reindex:false}") boolean command,
			@Value("${kombel.search.rebuild-when-stale:true}") boolean rebuildWhenStale) {
		this.index = index;
		this.context = context;
		this.command = command;
		this.rebuildWhenStale = rebuildWhenStale;
	}

	/**
	 * Once started (after every runner, the demo data included): the command, or a stale
	 * index.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		if (command) {
			SearchIndex.Status status = index.rebuild();
			log.info("kombel.reindex: {} documents in {} ms{}", status.documents(), status.durationMs(),
					status.error() == null ? "" : ", failed: " + status.error());
			int code = SpringApplication.exit(context, () -> status.error() == null ? 0 : 1);
			System.exit(code);
		}
		if (rebuildWhenStale && index.stale()) {
			log.info("The search index was not built from this database: rebuilding it");
			index.rebuild();
		}
	}

}
