package id.kombel.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import id.kombel.support.IntegrationTest;
import id.kombel.knowledge.item.KnowledgeItem;

/**
 * The analyzer the index really uses: Indonesian affixes meet at one stem, stop words
 * drop out.
 */
public class IndonesianSearchTest extends IntegrationTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	List<String> analyze(String text) throws IOException {
		Analyzer analyzer = Search.mapping(entityManagerFactory)
			.backend()
			.unwrap(LuceneBackend.class)
			.analyzer(KnowledgeItem.ANALYZER)
			.orElseThrow();
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		return terms;
	}

	@ParameterizedTest
	@CsvSource({ "mengajar, ajar", "pengajaran, ajar", "diajarkan, ajar", "ajar, ajar", "mengajarkan, ajar",
			"Pengajarannya, ajar", "pembelajaran, ajar", "membaca, baca", "bacaan, baca", "dibacakan, baca",
			"berdiskusi, diskusi", "mendiskusikan, diskusi", "numerasi, numerasi", "Literasi, literasi" })
	void affixesMeetAtTheStem(String word, String stem) throws IOException {
		assertThat(analyze(word)).containsExactly(stem);
	}

	/**
	 * Words the algorithm alone would split apart (menulis → "ulis"), kept together by
	 * the override list.
	 */
	@ParameterizedTest
	@CsvSource({ "menulis tulisan ditulis penulisan, tulis", "menilai penilaian dinilai nilai, nilai",
			"bertanya pertanyaan menanyakan, tanya", "menerapkan penerapan diterapkan, terap",
			"memahami pemahaman, paham", "mengerjakan pekerjaan, kerja", "pelajaran mempelajari dipelajari, ajar" })
	void overriddenWordsMeetToo(String words, String stem) throws IOException {
		for (String word : words.split(" ")) {
			assertThat(analyze(word)).as(word).containsExactly(stem);
		}
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "yang dan di guru | guru", "Murid-murid kelas rendah | murid,murid,kelas,rendah" })
	void stopWordsDropOut(String text, String terms) throws IOException {
		assertThat(analyze(text)).containsExactly(terms.split(","));
	}

	@org.junit.jupiter.api.Test
	void elasticsearchGetsTheSameOverrides() {
		assertThat(IndonesianAnalysis.overrideRules()).contains("menulis => tulis", "penilaian => nilai");
	}

}
