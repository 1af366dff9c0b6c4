package id.kombel.shared.apidocs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.jackson.TypeNameResolver;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Schema names without collisions. A class is named by its simple name when no other
 * class of the application has it; otherwise by its module and simple name
 * ({@code PortfolioEvidence}); a nested one shared within its module by its module, outer
 * and simple names ({@code MonitoringComplianceReportPlace}); else by its whole package
 * path below the root. Before, two classes of one name were one schema: the second
 * silently took the first's place.
 */
final class SchemaNames extends TypeNameResolver {

	private final String root;

	/** Simple name to how many classes carry it; module + simple name likewise. */
	private final Map<String, Integer> counts;

	/** The classes named so far, by name, for later passes over the schemas. */
	private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

	private SchemaNames(String root, Map<String, Integer> counts) {
		this.root = root;
		this.counts = counts;
	}

	/** Reads the names of the application's classes (not those of its tests). */
	static SchemaNames scan(String rootPackage) {
		String path = rootPackage.replace('.', '/');
		Map<String, Integer> counts = new HashMap<>();
		try {
			for (Resource r : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + path + "/**/*.class")) {
				String url = r.getURL().toString();
				if (url.contains("/test-classes/")) {
					continue;
				}
				String className = url.substring(url.lastIndexOf(path)).replace('/', '.');
				className = className.substring(0, className.length() - ".class".length());
				String simple = simpleName(className);
				if (simple == null) {
					continue;
				}
				counts.merge(simple, 1, Integer::sum);
				counts.merge(module(rootPackage, className) + ":" + simple, 1, Integer::sum);
				counts.merge(module(rootPackage, className) + "::" + nested(className), 1, Integer::sum);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new SchemaNames(rootPackage, counts);
	}

	/**
	 * The class a schema was named after; for a generic one
	 * ({@code PageResultSchoolView}) its raw class, the longest name it begins with.
	 */
	Class<?> classOf(String schemaName) {
		Class<?> exact = named.get(schemaName);
		if (exact != null) {
			return exact;
		}
		return named.entrySet()
			.stream()
			.filter(e -> schemaName.startsWith(e.getKey())
					&& named.containsKey(schemaName.substring(e.getKey().length())))
			.max(Comparator.comparingInt(e -> e.getKey().length()))
			.map(Map.Entry::getValue)
			.orElse(null);
	}

	@Override
	protected String getNameOfClass(Class<?> cls) {
		String schemaName = nameOf(cls);
		named.put(schemaName, cls);
		return schemaName;
	}

	private String nameOf(Class<?> cls) {
		String name = cls.getName();
		if (!name.startsWith(root + ".")) {
			return super.getNameOfClass(cls);
		}
		String simple = cls.getSimpleName();
		if (counts.getOrDefault(simple, 1) <= 1) {
			return simple;
		}
		String module = module(root, name);
		if (counts.getOrDefault(module + ":" + simple, 1) <= 1) {
			return capitalized(module) + simple;
		}
		if (counts.getOrDefault(module + "::" + nested(name), 1) <= 1) {
			return capitalized(module) + nested(name);
		}
		StringBuilder whole = new StringBuilder();
		for (String part : name.substring(root.length() + 1).split("[.$]")) {
			whole.append(capitalized(part));
		}
		return whole.toString();
	}

	/** The part after the last {@code $}; null for anonymous and synthetic classes. */
	private static String simpleName(String className) {
		String simple = className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
		return simple.isEmpty() || Character.isDigit(simple.charAt(0)) || simple.contains("lambda") ? null : simple;
	}

	/** {@code ComplianceReportPlace} for {@code ComplianceReport$Place}. */
	private static String nested(String className) {
		return className.substring(className.lastIndexOf('.') + 1).replace("$", "");
	}

	private static String module(String root, String className) {
		String rest = className.substring(root.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? "" : rest.substring(0, dot);
	}

	private static String capitalized(String part) {
		return part.isEmpty() ? part : part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1);
	}

}
