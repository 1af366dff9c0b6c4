package id.kombel.schools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The school CSV import keeps exactly the valid rows (or none), reports every rejected
 * line, never duplicates.
 */
class SchoolImportTest extends IntegrationTest {

	private static byte[] bom(String text) {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		byte[] out = new byte[body.length + 3];
		out[0] = (byte) 0xEF;
		out[1] = (byte) 0xBB;
		out[2] = (byte) 0xBF;
		System.arraycopy(body, 0, out, 3, body.length);
		return out;
	}

	@Test
	void schoolImportSavesValidRowsAndReportsTheRest() {
		Api admin = api().as("admin@demo.kombel.id");
		String csv = """
				npsn;NAMA SEKOLAH;Jenjang;status;Kode Kecamatan;Alamat
				69900001;SD Negeri Uji Satu;SD;Negeri;12.11.01;Jl. Uji 1

				bad;SD Salah;SD;Negeri;12.11.01;
				69900002;SMP Salah Jenjang;SMX;Swasta;12.11.01;
				69900003;SMA Kecamatan Salah;SMA;Swasta;99.99.99;
				69900001;SD Negeri Uji Satu lagi;SD;Negeri;12.11.01;
				69900004;SMK Dengan Nama Kecamatan;smk;swasta;Sidikalang;
				""";
		// the last row names its district without a regency column: rejected
		JsonNode result = admin.upload("/api/v1/schools/import", "sekolah.csv", bom(csv)).json();
		assertThat(result.get("created").asInt()).isEqualTo(1);
		assertThat(result.get("committed").asBoolean()).isTrue();
		assertThat(result.get("rejected").findValuesAsString("line")).containsExactly("4", "5", "6", "7", "8");
		assertThat(result.get("rejected").get(3).get("reason").asString()).contains("baris 2");

		JsonNode found = admin.get("/api/v1/schools?q=69900001").json();
		assertThat(found.get("totalElements").asInt()).isEqualTo(1);
		assertThat(found.get("content").get(0).get("name").asString()).isEqualTo("SD Negeri Uji Satu");
	}

	@Test
	void districtNamesAreMatchedWithinTheirRegencyAndReimportUpdates() {
		Api admin = api().as("admin@demo.kombel.id");
		String csv = "NPSN,Nama Sekolah,Jenjang,Status,Kecamatan,Kabupaten/Kota\n"
				+ "69900011,SMK Swasta Uji,SMK,Swasta,Kec. Sidikalang,Kab. Dairi\n";
		JsonNode first = admin.upload("/api/v1/schools/import", "a.csv", csv.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(first.get("created").asInt()).isEqualTo(1);
		JsonNode again = admin
			.upload("/api/v1/schools/import", "a.csv", csv.replace("SMK Swasta Uji", "SMK Swasta Uji Baru").getBytes())
			.json();
		assertThat(again.get("created").asInt()).isZero();
		assertThat(again.get("updated").asInt()).isEqualTo(1);
		JsonNode school = admin.get("/api/v1/schools?q=69900011").json().get("content").get(0);
		assertThat(school.get("name").asString()).isEqualTo("SMK Swasta Uji Baru");
		assertThat(school.get("districtCode").asString()).isEqualTo("12.11.01");
	}

	@Test
	void allOrNothingSavesNothingWhenARowIsRejected() {
		Api admin = api().as("admin@demo.kombel.id");
		String csv = "NPSN,Nama Sekolah,Jenjang,Status,Kode Kecamatan\n"
				+ "69900021,SD Semua Atau Tidak,SD,Negeri,12.11.01\n" + "69900022,SD Rusak,XX,Negeri,12.11.01\n";
		JsonNode result = admin
			.upload("/api/v1/schools/import?allOrNothing=true", "b.csv", csv.getBytes(StandardCharsets.UTF_8))
			.json();
		assertThat(result.get("committed").asBoolean()).isFalse();
		assertThat(result.get("created").asInt()).isZero();
		assertThat(admin.get("/api/v1/schools?q=69900021").json().get("totalElements").asInt()).isZero();
	}

}
