package id.kombel.shared.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * A spreadsheet export as offices actually send it: UTF-8 with or without BOM, Excel's
 * windows-1252 or UTF-16 (see {@link #decode}), comma-, semicolon- or tab-separated,
 * header names in any case and spacing. Rows carry their line numbers in the file so that
 * every rejection can point at the line to fix.
 */
public final class CsvTable {

	private final List<String> headers;

	private final Map<String, Integer> columns;

	private final List<Row> rows;

	private CsvTable(List<String> headers, List<Row> rows) {
		this.headers = headers;
		this.rows = rows;
		this.columns = new HashMap<>();
		for (int i = 0; i < headers.size(); i++) {
			columns.putIfAbsent(normalise(headers.get(i)), i);
		}
	}

	/**
	 * A row of the file; {@code line} is its 1-based line number (the header is line 1).
	 */
	public record Row(int line, List<String> values) {
	}

	public static CsvTable read(InputStream in) throws IOException {
		String text = decode(in.readAllBytes());
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		int[] lineStarts = lineStarts(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiterOf(text))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.setTrim(true)
			.get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<Row> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				List<String> values = record.toList();
				if (values.stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(new Row(lineOf(lineStarts, firstContent(text, record.getCharacterPosition())), values));
			}
			return new CsvTable(parser.getHeaderNames(), rows);
		}
	}

	/**
	 * The file's text. A byte-order mark says the encoding (UTF-8, or UTF-16 as Excel's
	 * "Unicode text" saves it); without one, text that is valid UTF-8 is UTF-8, and
	 * anything else is what Excel on Windows saves as "CSV": windows-1252, where "René"
	 * and "Syafi’i" are single bytes that UTF-8 would turn into "Ren�". Reading it as
	 * UTF-8 would change names without a warning.
	 */
	static String decode(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
		}
		if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
			return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
		}
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return new String(bytes, Charset.forName("windows-1252"));
		}
	}

	/**
	 * The separator a file uses (comma, semicolon or tab), so that what goes back to its
	 * author opens in the same spreadsheet settings.
	 */
	public static char delimiter(byte[] content) {
		return delimiterOf(decode(content));
	}

	public List<String> headers() {
		return headers;
	}

	public List<Row> rows() {
		return rows;
	}

	/** The first column whose header matches one of the names, or -1. */
	public int column(String... names) {
		return Arrays.stream(names)
			.map(n -> columns.getOrDefault(normalise(n), -1))
			.filter(i -> i >= 0)
			.findFirst()
			.orElse(-1);
	}

	/**
	 * The trimmed value at the column, or "" when the column is missing or the row is
	 * short.
	 */
	public static String value(Row row, int column) {
		if (column < 0 || column >= row.values().size()) {
			return "";
		}
		return row.values().get(column).strip();
	}

	/** "Nama Lengkap", "nama_lengkap" and "NAMA-LENGKAP" are the same header. */
	public static String normalise(String header) {
		return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

	private static char delimiterOf(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		long tabs = header.chars().filter(c -> c == '\t').count();
		if (tabs > commas && tabs > semicolons) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	/** A record's position may point at the blank lines skipped before it. */
	private static long firstContent(String text, long position) {
		int p = (int) position;
		while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
			p++;
		}
		return p;
	}

	private static int[] lineStarts(String text) {
		List<Integer> starts = new ArrayList<>();
		starts.add(0);
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				starts.add(i + 1);
			}
		}
		return starts.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int lineOf(int[] lineStarts, long position) {
		int index = Arrays.binarySearch(lineStarts, (int) position);
		return (index >= 0 ? index : -index - 2) + 1;
	}

}
