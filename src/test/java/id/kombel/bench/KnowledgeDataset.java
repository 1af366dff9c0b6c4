package id.kombel.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Generated Indonesian knowledge written straight into PostgreSQL with COPY: practices
 * (40%), questions (25%), answers (20%) and materials (15%) in the words teachers use,
 * every root in several affixed forms (mengajar, pengajaran, diajarkan...), so stemming
 * is exercised, and a long tail of rarer words as real text has (a dataset of 130 words
 * alone would put every query word in half the documents). 80% public, 10% visible to a
 * regency, 10% to one of 10,000 communities. Deterministic (fixed seed).
 */
final class KnowledgeDataset {

	static final String[] FORMS = { "mengajar", "pengajaran", "diajarkan", "pembelajaran", "belajar", "ajar", "membaca",
			"bacaan", "dibacakan", "pembaca", "menulis", "tulisan", "ditulis", "menghitung", "perhitungan", "dihitung",
			"mengukur", "pengukuran", "diukur", "merancang", "rancangan", "dirancang", "melatih", "pelatihan",
			"dilatih", "latihan", "membimbing", "bimbingan", "dibimbing", "menilai", "penilaian", "dinilai",
			"berdiskusi", "diskusi", "mendiskusikan", "mengamati", "pengamatan", "diamati", "menerapkan", "penerapan",
			"diterapkan", "mengembangkan", "pengembangan", "berkembang", "bermain", "permainan", "dimainkan" };

	static final String[] WORDS = { "murid", "kelas", "guru", "sekolah", "literasi", "numerasi", "asesmen", "modul",
			"proyek", "kelompok", "pecahan", "perkalian", "cerita", "puisi", "sains", "karakter", "pancasila",
			"lingkungan", "sampah", "tanaman", "gizi", "olahraga", "lagu", "gambar", "peta", "sejarah", "budaya",
			"bahasa", "matematika", "diferensiasi", "kolaborasi", "refleksi", "umpan", "balik", "motivasi", "kehadiran",
			"orang", "tua", "rendah", "tinggi", "awal", "akhir", "semester", "minggu", "harian", "kartu", "kata",
			"huruf", "angka", "soal", "cerita", "eksperimen", "air", "tanah", "pasar", "uang", "jam", "waktu", "bangun",
			"datar", "ruang", "data", "grafik", "diagram", "nyaring", "pojok", "buku", "perpustakaan", "kebun",
			"kantin", "jujur", "disiplin", "gotong", "royong", "kreatif", "kritis", "mandiri", "berani", "senang" };

	static final String[] LEVELS = { ",SD,", ",SD,", ",SD,", ",SMP,", ",SMP,", ",SMA,", ",SMK,", ",PAUD,", ",SD,SMP," };

	static final String[] SUBJECTS = { ",Bahasa Indonesia,", ",Matematika,", ",IPA,", ",IPAS,", ",Guru Kelas,",
			",Pendidikan Pancasila,", ",Seni Budaya,", ",PJOK,", ",Bahasa Inggris," };

	static final String[] REGENCIES = { "12.01", "12.02", "12.03", "12.04", "12.05", "12.06", "12.07", "12.08", "12.09",
			"12.10", "12.11", "12.12", "12.71", "12.72", "12.75" };

	/**
	 * Rarer words (place names, subject terms, names in real text): made of syllables,
	 * Zipf-like in use.
	 */
	static final int TAIL = 20_000;

	private static final String[] SYLLABLES = { "ba", "ka", "la", "ma", "na", "pa", "ra", "sa", "ta", "da", "ga", "ja",
			"wa", "bi", "ki", "li", "mi", "ni", "pi", "ri", "si", "ti", "bu", "ku", "lu", "mu", "nu", "pu", "ru", "su",
			"tu", "ng", "an", "in", "un", "ar", "er", "ol" };

	private final String[] tail = new String[TAIL];

	private final Random random = new Random(20261123);

	{
		Random words = new Random(42);
		for (int i = 0; i < TAIL; i++) {
			StringBuilder w = new StringBuilder();
			int syllables = 2 + words.nextInt(3);
			for (int k = 0; k < syllables; k++) {
				w.append(SYLLABLES[words.nextInt(SYLLABLES.length)]);
			}
			tail[i] = w.toString();
		}
	}

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final int items;

	KnowledgeDataset(int items) {
		this.items = items;
	}

	/** Changes when the generator does, so an older dataset is generated again. */
	static final int VERSION = 2;

	static boolean current(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("create table if not exists bench_knowledge_dataset (version integer not null)");
			try (ResultSet r = s.executeQuery("select max(version) from bench_knowledge_dataset")) {
				return r.next() && r.getInt(1) == VERSION;
			}
		}
	}

	static long count(Connection c) throws SQLException {
		try (Statement s = c.createStatement();
				ResultSet r = s.executeQuery(
						"select (select count(*) from practice) + (select count(*) from question) + (select count(*) from answer)"
								+ " + (select count(*) from material)")) {
			r.next();
			return r.getLong(1);
		}
	}

	void generate(Connection c) throws Exception {
		try (Statement s = c.createStatement()) {
			s.execute("truncate practice, question, answer, material, knowledge_index_state restart identity cascade");
		}
		CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
		int practices = items * 40 / 100;
		int questions = items * 25 / 100;
		int answers = items * 20 / 100;
		int materials = items - practices - questions - answers;
		copy(copy,
				"practice (title, context, problem, action, result, reflection, topic, tags, levels, subjects,"
						+ " visibility, region_code, community_id, author_id, author_name, status, hidden, revision,"
						+ " endorsement_count, trial_count, created_at, updated_at)",
				practices,
				i -> row(title(), sentence(14), sentence(16), sentence(22), sentence(14), sentence(12), sentence(3),
						",literasi,", levels(), subjects()) + place(i) + ",PUBLISHED,false,1,0,0," + time(i) + ","
						+ time(i));
		copy(copy,
				"question (title, body, kind, levels, subjects, visibility, region_code, community_id, author_id,"
						+ " author_name, hidden, answer_count, created_at, updated_at)",
				questions, i -> row(title() + "?", sentence(30), "QUESTION", levels(), subjects()) + place(i)
						+ ",false,0," + time(i) + "," + time(i));
		copy(copy, "answer (question_id, body, author_id, author_name, hidden, created_at)", answers,
				i -> (1 + random.nextInt(questions)) + "," + row(sentence(25)) + "," + (1000 + i % 5000)
						+ ",Guru Penjawab,false," + time(i));
		copy(copy, "material (title, description, kind, topic, tags, levels, subjects, visibility, region_code,"
				+ " community_id, author_id, author_name, hidden, current_version, download_count, created_at, updated_at)",
				materials, i -> row(title(), sentence(20), "MODUL_AJAR", sentence(3), ",modul,", levels(), subjects())
						+ place(i) + ",false,1,0," + time(i) + "," + time(i));
		try (Statement s = c.createStatement()) {
			s.execute("update question q set answer_count = a.n from (select question_id, count(*) n from answer"
					+ " group by question_id) a where a.question_id = q.id");
			s.execute("analyze");
			s.execute("create table if not exists bench_knowledge_dataset (version integer not null)");
			s.execute("delete from bench_knowledge_dataset");
			s.execute("insert into bench_knowledge_dataset values (" + VERSION + ")");
		}
	}

	private interface Row {

		String line(int i);

	}

	private static void copy(CopyManager copy, String table, int rows, Row row) throws Exception {
		StringBuilder chunk = new StringBuilder();
		for (int i = 0; i < rows; i++) {
			chunk.append(row.line(i)).append('\n');
			if (chunk.length() > 8_000_000 || i == rows - 1) {
				copy.copyIn("copy " + table + " from stdin (format csv)", new StringReader(chunk.toString()));
				chunk.setLength(0);
			}
		}
	}

	private static String row(String... values) {
		StringBuilder b = new StringBuilder();
		for (String v : values) {
			if (!b.isEmpty()) {
				b.append(',');
			}
			b.append('"').append(v.replace("\"", "\"\"")).append('"');
		}
		return b.toString();
	}

	/** visibility, region, community, author and author name columns. */
	private String place(int i) {
		int v = random.nextInt(10);
		String regency = REGENCIES[random.nextInt(REGENCIES.length)];
		String visibility = v < 8 ? "PUBLIC" : v == 8 ? "REGION" : "COMMUNITY";
		String community = v == 9 ? String.valueOf(1 + random.nextInt(10_000)) : "";
		return "," + visibility + "," + regency + "," + community + "," + (1000 + i % 5000) + ",Guru Kombel";
	}

	private String time(int i) {
		return now.minusSeconds(items - i).toString();
	}

	private String levels() {
		return LEVELS[random.nextInt(LEVELS.length)];
	}

	private String subjects() {
		return SUBJECTS[random.nextInt(SUBJECTS.length)];
	}

	private String title() {
		String t = sentence(6);
		return Character.toUpperCase(t.charAt(0)) + t.substring(1);
	}

	/** Words drawn with a skew (some common, most rare), as in real writing. */
	private String sentence(int words) {
		StringBuilder b = new StringBuilder();
		for (int w = 0; w < words; w++) {
			if (w > 0) {
				b.append(' ');
			}
			double x = random.nextDouble();
			int pick = random.nextInt(3);
			String[] pool = pick == 0 ? FORMS : pick == 1 ? WORDS : tail;
			b.append(pool[(int) (pool.length * (pick == 2 ? x * x * x : x * x))]);
		}
		return b.toString();
	}

}
