package id.kombel.knowledge.search;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Tells the operator why a node on the embedded search index refused to start and what to
 * do (registered in {@code META-INF/spring.factories}).
 */
public class EmbeddedIndexTakenAnalyzer extends AbstractFailureAnalyzer<EmbeddedIndexClaim.EmbeddedIndexTaken> {

	@Override
	protected FailureAnalysis analyze(Throwable root, EmbeddedIndexClaim.EmbeddedIndexTaken cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Several nodes on one database need the OpenSearch (or Elasticsearch) search backend: start every node "
						+ "with --kombel.search.backend=elasticsearch and --kombel.search.uris=<the cluster's URL> "
						+ "(README, 'Running several nodes'), then rebuild the index once (--kombel.reindex=true). "
						+ "For a single node, stop the other node (" + cause.holder() + ") first.",
				cause);
	}

}
