package id.kombel.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.id.IndonesianStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import id.kombel.knowledge.item.KnowledgeItem;

/**
 * The "indonesian" analyzer and the "lowercase" normalizer, for either backend: lower
 * case, accents folded, Indonesian stop words dropped, and affixes stripped by the
 * Indonesian stemmer (Asian, Tala's algorithm), so that mengajar, pengajaran, diajarkan
 * and ajar all meet at "ajar". Elasticsearch and OpenSearch ship the same stemmer under
 * the name "indonesian". The algorithm cannot restore a root's first letter that a prefix
 * swallowed (menulis → "ulis", tulisan → "tulis") and cuts a root's own final -i (nilai →
 * "nila"): a small list of such classroom words ({@code stem-overrides.txt}, word TAB
 * stem) is stemmed by hand first.
 */
public class IndonesianAnalysis implements LuceneAnalysisConfigurer, ElasticsearchAnalysisConfigurer {

	static final String STOPWORDS = "org/apache/lucene/analysis/id/stopwords.txt";

	static final String OVERRIDES = "id/kombel/knowledge/stem-overrides.txt";

	/**
	 * One instance: analyzers are thread-safe and keep their per-thread token streams for
	 * reuse.
	 */
	private static final Analyzer ANALYZER = build();

	/**
	 * The analyzer itself, for the embedded index and for marking matched words in
	 * results (on either backend), so a word is marked exactly when the index matched it.
	 */
	static Analyzer analyzer() {
		return ANALYZER;
	}

	private static Analyzer build() {
		try {
			return CustomAnalyzer.builder(new ClasspathResourceLoader(IndonesianAnalysis.class.getClassLoader()))
				.withTokenizer(StandardTokenizerFactory.class)
				.addTokenFilter(LowerCaseFilterFactory.class)
				.addTokenFilter(ASCIIFoldingFilterFactory.class)
				.addTokenFilter(StopFilterFactory.class, "words", STOPWORDS, "ignoreCase", "true")
				.addTokenFilter(StemmerOverrideFilterFactory.class, "dictionary", OVERRIDES)
				.addTokenFilter(IndonesianStemFilterFactory.class)
				.build();
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Indonesian analyzer", ex);
		}
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(KnowledgeItem.ANALYZER).instance(ANALYZER);
		context.normalizer("lowercase")
			.custom()
			.tokenFilter(LowerCaseFilterFactory.class)
			.tokenFilter(ASCIIFoldingFilterFactory.class);
	}

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(KnowledgeItem.ANALYZER)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", "indonesian_stop", "indonesian_override", "indonesian_stemmer");
		context.tokenFilter("indonesian_stop").type("stop").param("stopwords", "_indonesian_");
		context.tokenFilter("indonesian_override").type("stemmer_override").param("rules", overrideRules());
		context.tokenFilter("indonesian_stemmer").type("stemmer").param("language", "indonesian");
		context.normalizer("lowercase").custom().tokenFilters("lowercase", "asciifolding");
	}

	/** The same overrides as Elasticsearch rules ("menulis => tulis"). */
	static String[] overrideRules() {
		try (var in = IndonesianAnalysis.class.getClassLoader().getResourceAsStream(OVERRIDES)) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.replaceFirst("\\s+", " => "))
				.toArray(String[]::new);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
