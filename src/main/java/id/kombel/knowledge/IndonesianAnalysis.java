package id.kombel.knowledge;

import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The "indonesian" analyzer and the "lowercase" normalizer, for either backend: lower case,
 * accents folded, Indonesian stop words dropped, and affixes stripped by the Indonesian stemmer
 * (Asian, Tala's algorithm), so that mengajar, pengajaran, diajarkan and ajar all meet at "ajar".
 * Elasticsearch and OpenSearch ship the same stemmer under the name "indonesian".
 */
public class IndonesianAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	static final String STOPWORDS = "org/apache/lucene/analysis/id/stopwords.txt";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(KnowledgeItem.ANALYZER).custom()
			.tokenizer(StandardTokenizerFactory.class)
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class)
			.tokenFilter(StopFilterFactory.class).param("words", STOPWORDS).param("ignoreCase", "true")
			.tokenFilter(IndonesianStemFilterFactory.class);
		context.normalizer("lowercase").custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(KnowledgeItem.ANALYZER).custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "indonesian_stop", "indonesian_stemmer");
		context.tokenFilter("indonesian_stop").type("stop").param("stopwords", "_indonesian_");
		context.tokenFilter("indonesian_stemmer").type("stemmer").param("language", "indonesian");
		context.normalizer("lowercase").custom().tokenFilters("lowercase", "asciifolding");
	}
}
