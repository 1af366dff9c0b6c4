package id.kombel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import id.kombel.shared.csv.CsvTable;

class CsvTableTest {

	private static CsvTable read(String text) throws IOException {
		return CsvTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void bomSemicolonsAndHeaderCaseAreHandled() throws IOException {
		CsvTable table = read("\uFEFFNama Lengkap;NUPTK\nBudi;123\n");
		assertThat(table.column("nama_lengkap")).isZero();
		assertThat(table.column("Nuptk")).isEqualTo(1);
		assertThat(CsvTable.value(table.rows().get(0), table.column("NAMA LENGKAP"))).isEqualTo("Budi");
	}

	@Test
	void rowsKnowTheirLineEvenAfterBlankLinesAndQuotedNewlines() throws IOException {
		CsvTable table = read("name,note\na,x\n\nb,\"two\nlines\"\nc,y\n");
		assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4, 6);
	}

	@Test
	void missingColumnsAndShortRowsGiveEmptyValues() throws IOException {
		CsvTable table = read("a,b,c\n1\n");
		assertThat(table.column("zzz")).isEqualTo(-1);
		assertThat(CsvTable.value(table.rows().get(0), 2)).isEmpty();
		assertThat(CsvTable.value(table.rows().get(0), -1)).isEmpty();
	}

}
