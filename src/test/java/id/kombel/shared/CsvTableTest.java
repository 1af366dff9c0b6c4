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
	void aCsvSavedByExcelOnWindowsKeepsItsAccentsAndApostrophes() throws IOException {
		byte[] cp1252 = "Nama;Sekolah\nRené;SD Ré\nSyafi’i;SD 1\n"
			.getBytes(java.nio.charset.Charset.forName("windows-1252"));
		CsvTable table = CsvTable.read(new ByteArrayInputStream(cp1252));
		assertThat(table.rows()).extracting(r -> r.values().get(0)).containsExactly("René", "Syafi’i");
	}

	@Test
	void utf8WithOrWithoutBomAndUtf16AreReadAsSaved() throws IOException {
		assertThat(read("Nama\nRené\n").rows().get(0).values().get(0)).isEqualTo("René");
		assertThat(read("\uFEFFNama\nSyafi’i\n").rows().get(0).values().get(0)).isEqualTo("Syafi’i");
		byte[] utf16 = "\uFEFFNama\tNUPTK\nRené\t1\n".getBytes(StandardCharsets.UTF_16LE);
		CsvTable table = CsvTable.read(new ByteArrayInputStream(utf16));
		assertThat(table.headers()).containsExactly("Nama", "NUPTK");
		assertThat(table.rows().get(0).values().get(0)).isEqualTo("René");
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
