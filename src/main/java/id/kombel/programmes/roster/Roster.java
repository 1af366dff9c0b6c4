package id.kombel.programmes.roster;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import id.kombel.shared.csv.CsvTable;
import id.kombel.shared.web.InvalidInputException;

/**
 * A committee's participant spreadsheet, CSV or XLSX, as rows with their line numbers.
 * The header row is found among the first rows (spreadsheets often carry a title above
 * it), and header names are matched leniently: any case or spacing, Indonesian or
 * English, or starting with a known name ("Nama Lengkap (dengan gelar)").
 */
record Roster(List<String> headers, List<CsvTable.Row> rows) {

	private static final int HEADER_SEARCH = 10;

	enum Column {

		NAME("namalengkap", "nama", "namapeserta", "name", "fullname", "namalengkapdangelar"), NUPTK("nuptk"),
		NIP("nip"), LEVEL("jenjang", "jenjangsekolah", "jenjangpendidikan", "level"),
		SCHOOL("namasekolah", "sekolah", "asalsekolah", "satuanpendidikan", "school", "schoolname", "unitkerja",
				"instansi"),
		NPSN("npsn", "npsnsekolah"),
		REGENCY("kabupatenkota", "kabkota", "kabupaten", "kota", "regency", "regencycity", "city", "asalkabupatenkota",
				"wilayah"),
		PHONE("nohp", "nomorhp", "hp", "nohpwa", "nowa", "nomorwa", "whatsapp", "nomorwhatsapp", "telepon", "notelepon",
				"nomortelepon", "phone", "mobile", "nohandphone", "handphone"),
		EMAIL("email", "surel", "alamatemail", "emailaddress"),
		COMMUNITY("komunitas", "namakomunitas", "kombel", "community", "komunitasbelajar");

		private final List<String> names;

		Column(String... names) {
			this.names = List.of(names);
		}

	}

	/** The column index of each known column in this roster, -1 when absent. */
	int[] columns() {
		int[] found = new int[Column.values().length];
		Arrays.fill(found, -1);
		List<String> normalised = headers.stream().map(CsvTable::normalise).toList();
		for (Column column : Column.values()) {
			found[column.ordinal()] = find(normalised, column);
		}
		return found;
	}

	private static int find(List<String> headers, Column column) {
		for (String name : column.names) {
			int i = headers.indexOf(name);
			if (i >= 0) {
				return i;
			}
		}
		for (String name : column.names) {
			if (name.length() < 5) {
				continue; // "nama" would also catch "Nama Sekolah"
			}
			for (int i = 0; i < headers.size(); i++) {
				if (headers.get(i).startsWith(name)) {
					return i;
				}
			}
		}
		return -1;
	}

	/** A workbook rather than text, by its first bytes (whatever the file is called). */
	static boolean isXlsx(String filename, byte[] content) {
		return ReadableWorkbook.isOOXMLZipHeader(Arrays.copyOf(content, Math.min(content.length, 8)));
	}

	static Roster read(String filename, byte[] content) throws IOException {
		boolean xlsx = isXlsx(filename, content);
		if (!xlsx && ReadableWorkbook.isOLE2Header(Arrays.copyOf(content, Math.min(content.length, 8)))) {
			throw InvalidInputException.of("file", "events.import.xls-old");
		}
		if (!xlsx && content.length > 0 && !looksLikeText(content)) {
			throw InvalidInputException.of("file", "events.import.unreadable");
		}
		List<CsvTable.Row> all = xlsx ? xlsxRows(content) : csvRows(content);
		for (int i = 0; i < Math.min(HEADER_SEARCH, all.size()); i++) {
			List<String> headers = all.get(i).values();
			if (find(headers.stream().map(CsvTable::normalise).toList(), Column.NAME) >= 0) {
				return new Roster(headers, all.subList(i + 1, all.size()));
			}
		}
		throw InvalidInputException.of("file", "events.import.no-name-column");
	}

	/**
	 * Every non-blank line, the header included, so that a title above the header can be
	 * skipped.
	 */
	private static List<CsvTable.Row> csvRows(byte[] content) {
		CsvTable table;
		try {
			table = CsvTable.read(new java.io.ByteArrayInputStream(content));
		}
		catch (IOException | RuntimeException ex) {
			// commons-csv gives up on a quote left open ("Ani;Dairi...): the file is
			// broken, not the server
			throw InvalidInputException.of("file", "events.import.csv-broken");
		}
		List<CsvTable.Row> rows = new ArrayList<>();
		int headerLine = firstNonBlankLine(content);
		rows.add(new CsvTable.Row(headerLine, table.headers().stream().map(h -> h == null ? "" : h.strip()).toList()));
		rows.addAll(table.rows());
		return rows;
	}

	private static int firstNonBlankLine(byte[] content) {
		int line = 1;
		for (byte b : content) {
			if (b == '\n') {
				line++;
			}
			else if (b != '\r' && b != ' ' && b != '\t') {
				return line;
			}
		}
		return line;
	}

	private static List<CsvTable.Row> xlsxRows(byte[] content) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new java.io.ByteArrayInputStream(content));
				Stream<org.dhatim.fastexcel.reader.Row> stream = workbook.getFirstSheet().openStream()) {
			List<CsvTable.Row> rows = new ArrayList<>();
			stream.forEach(row -> {
				List<String> values = new ArrayList<>(row.getCellCount());
				for (int i = 0; i < row.getCellCount(); i++) {
					values.add(text(row.getCell(i)));
				}
				if (!values.stream().allMatch(String::isBlank)) {
					rows.add(new CsvTable.Row(row.getRowNum(), values));
				}
			});
			return rows;
		}
		catch (IOException | RuntimeException ex) {
			// a damaged or half-uploaded workbook fails in the zip reader or in the
			// sheet's XML
			throw InvalidInputException.of("file", "events.import.unreadable");
		}
	}

	/**
	 * A number cell as written in the file ("1.23456789012345E15" stays so: its lost
	 * digits are reported).
	 */
	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			return Optional.ofNullable(cell.getRawValue()).orElse("").strip();
		}
		String text = cell.getText();
		return text == null ? "" : text.strip();
	}

	private static boolean looksLikeText(byte[] content) {
		int n = Math.min(content.length, 4096);
		for (int i = 0; i < n; i++) {
			if (content[i] == 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A form or request that came without a spreadsheet: said at once, in the user's
	 * language.
	 */
	static void requireFile(org.springframework.web.multipart.MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw InvalidInputException.of("file", "events.import.empty");
		}
	}

}
