package id.kombel.knowledge.item;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import id.kombel.shared.Level;
import id.kombel.shared.validation.CommaList;

/** Lists kept in one column with commas around (",SD,SMP,") and region-code prefixes. */
public final class Codes {

	private Codes() {
	}

	public static String join(Collection<?> values) {
		if (values == null || values.isEmpty()) {
			return ",";
		}
		return values.stream()
			.map(v -> v.toString().strip())
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new))
			.stream()
			.collect(Collectors.joining(",", ",", ","));
	}

	public static List<String> split(String joined) {
		return CommaList.Check.entries(joined);
	}

	static List<Level> levels(String joined) {
		return split(joined).stream().map(Level::valueOf).toList();
	}

	static List<String> lower(List<String> values) {
		return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
	}

	/** "12.11.05" → ["12", "12.11", "12.11.05"]. */
	public static List<String> prefixes(String code) {
		List<String> all = new ArrayList<>();
		if (code == null || code.isBlank()) {
			return all;
		}
		int dot = code.indexOf('.');
		while (dot > 0) {
			all.add(code.substring(0, dot));
			dot = code.indexOf('.', dot + 1);
		}
		all.add(code);
		return all;
	}

	/** Comma-separated free text as typed in a form ("IPA, Matematika"). */
	public static List<String> fromLine(String line) {
		return CommaList.Check.entries(line);
	}

}
