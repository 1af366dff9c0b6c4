package id.kombel.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.kombel.support.Api;
import id.kombel.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The educator (PTK) CSV import keeps the valid rows, reports every rejected line, links
 * known people.
 */
class EducatorImportTest extends IntegrationTest {

	@Test
	void educatorImportLinksKnownPeopleAndValidatesIdentifiers() {
		Api admin = api().as("admin@demo.kombel.id");
		String csv = """
				Nama Lengkap;NUPTK;NIP;Email;No HP;Jabatan;NPSN
				Dra. Uji Coba Siregar, M.Pd.;7777777777777701;;uji.coba@example.id;0812-3456-7890;Guru;10200083
				Uji Dua;123;;;;Guru;10200083
				Uji Tiga;;199002302015031001;;;Guru;10200083
				Uji Empat;;199002022015033001;;;Guru;10200083
				Uji Lima;;;;;Guru;ZZZZ9999
				Uji Enam;;;uji.coba@example.id;;Guru;10200083
				""";
		JsonNode result = admin.upload("/api/v1/people/import", "ptk.csv", csv.getBytes(StandardCharsets.UTF_8)).json();
		assertThat(result.get("created").asInt()).isEqualTo(1);
		assertThat(result.get("rejected").findValuesAsString("line")).containsExactly("3", "4", "5", "6", "7");

		JsonNode person = admin.get("/api/v1/people?q=uji.coba@example.id").json().get("content").get(0);
		assertThat(person.get("name").asString()).isEqualTo("Dra. Uji Coba Siregar, M.Pd.");
		assertThat(person.get("phone").asString()).isEqualTo("+6281234567890");

		String again = "Nama,NUPTK,Email\nUji Coba Siregar Baru,7777777777777701,uji.coba@example.id\n";
		JsonNode second = admin.upload("/api/v1/people/import", "ptk2.csv", again.getBytes()).json();
		assertThat(second.get("created").asInt()).isZero();
		assertThat(second.get("updated").asInt()).isEqualTo(1);
		JsonNode people = admin.get("/api/v1/people?q=uji.coba@example.id").json();
		assertThat(people.get("totalElements").asInt()).as(people.toString()).isEqualTo(1);
	}

}
