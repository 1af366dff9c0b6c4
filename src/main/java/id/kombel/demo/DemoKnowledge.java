package id.kombel.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import id.kombel.accounts.Accounts;
import id.kombel.communities.Communities;
import id.kombel.communities.CommunityView;
import id.kombel.knowledge.AnswerView;
import id.kombel.knowledge.MaterialKind;
import id.kombel.knowledge.MaterialMetadata;
import id.kombel.knowledge.Materials;
import id.kombel.knowledge.PracticeForm;
import id.kombel.knowledge.Practices;
import id.kombel.knowledge.QuestionForm;
import id.kombel.knowledge.QuestionView;
import id.kombel.knowledge.Questions;
import id.kombel.knowledge.Visibility;
import id.kombel.shared.Level;
import id.kombel.shared.access.KombelUser;

/**
 * Demo knowledge: good practices of the literacy community, a question with an accepted
 * answer, an open question waiting for a facilitator, and a teaching material.
 */
@Component
class DemoKnowledge {

	private final Accounts accounts;

	private final Communities communities;

	private final Practices practices;

	private final Questions questions;

	private final Materials materials;

	DemoKnowledge(Accounts accounts, Communities communities, Practices practices, Questions questions,
			Materials materials) {
		this.accounts = accounts;
		this.communities = communities;
		this.practices = practices;
		this.questions = questions;
		this.materials = materials;
	}

	void seed() {
		KombelUser guru = accounts.userByEmail("guru@demo.kombel.id").orElseThrow();
		KombelUser anggota = accounts.userByEmail("anggota@demo.kombel.id").orElseThrow();
		KombelUser kepsek = accounts.userByEmail("kepsek@demo.kombel.id").orElseThrow();
		Long literasi = communities.mine(guru)
			.stream()
			.filter(c -> c.name().contains("Literasi"))
			.map(CommunityView::id)
			.findFirst()
			.orElse(null);
		practices.create(guru, new PracticeForm("Membaca nyaring 15 menit setiap pagi di kelas 2",
				"Kelas 2 SD, 28 murid. Asesmen diagnostik awal semester: 45% murid lancar membaca.",
				"Banyak murid mengenal huruf tetapi belum lancar merangkai kata; pengajaran membaca hanya di jam Bahasa Indonesia.",
				"- Guru membaca nyaring buku cerita bergambar 15 menit sebelum pelajaran pertama.\n"
						+ "- Murid mengikuti dengan jari, lalu membaca ulang berpasangan.\n"
						+ "- Setiap Jumat murid memilih buku sendiri dari **pojok baca**.",
				"Catatan kelancaran membaca mingguan; foto pojok baca.",
				"Setelah 8 minggu, 52% murid lancar membaca (naik 7 poin). Murid meminta buku baru.",
				"Perlu lebih banyak buku berjenjang. Minggu depan kami mencoba membaca bersama orang tua.",
				"Literasi membaca kelas awal", List.of("literasi", "membaca nyaring"), List.of(Level.SD),
				List.of("Bahasa Indonesia", "Guru Kelas"), Visibility.PUBLIC, null, literasi, null, false));
		practices.create(guru, new PracticeForm("Kartu kata untuk murid yang belum mengenal huruf", "Kelas 1 SD.",
				"Lima murid belum mengenal semua huruf.",
				"Kartu kata bergambar dimainkan 10 menit sehari dalam kelompok kecil.", null,
				"Empat dari lima murid mengenal semua huruf dalam 6 minggu.", "Permainan membuat murid berani mencoba.",
				"Literasi membaca kelas awal", List.of("literasi", "diferensiasi"), List.of(Level.SD),
				List.of("Bahasa Indonesia"), Visibility.COMMUNITY, null, literasi, null, false));
		practices.create(anggota,
				new PracticeForm("Draf: jurnal membaca di rumah", "Kelas 2 SD.", null, null, null, null, null, null,
						List.of(), List.of(Level.SD), List.of("Bahasa Indonesia"), Visibility.PUBLIC, null, null, null,
						true));

		QuestionView asked = questions.ask(anggota, new QuestionForm(
				"Bagaimana mengajarkan membaca kepada murid kelas 2 yang tertinggal?",
				"Ada 6 murid di kelas saya yang masih mengeja. Apa yang bisa dilakukan tanpa membuat mereka malu di depan teman?",
				null, List.of(Level.SD), List.of("Bahasa Indonesia"), Visibility.PUBLIC, null, null, null));
		AnswerView answer = questions.answer(guru, asked.id(),
				"Kelompokkan mereka 10 menit sehari dengan **bacaan berjenjang** sesuai tingkatnya, sementara murid lain membaca mandiri. "
						+ "Catat kemajuan tiap minggu agar mereka melihat dirinya berkembang.");
		questions.accept(anggota, asked.id(), answer.id());
		questions.ask(kepsek,
				new QuestionForm("Asesmen numerasi apa yang cocok untuk kelas 4?",
						"Kami ingin mengukur capaian numerasi sebelum dan sesudah siklus inkuiri.", null,
						List.of(Level.SD), List.of("Matematika"), Visibility.REGION, null, null, null));

		materials.upload(guru,
				new MaterialMetadata("Modul ajar membaca nyaring kelas 2",
						"Langkah pembelajaran, daftar buku, dan lembar pengamatan kelancaran membaca.",
						MaterialKind.MODUL_AJAR, "Literasi membaca kelas awal", List.of("literasi"), List.of(Level.SD),
						List.of("Bahasa Indonesia"), Visibility.PUBLIC, null, literasi, null, "Versi pertama"),
				DemoFile.pdf("modul-membaca-nyaring.pdf", "Modul ajar membaca nyaring kelas 2"));
	}

}
