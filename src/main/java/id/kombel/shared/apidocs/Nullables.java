package id.kombel.shared.apidocs;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.models.media.Schema;

/**
 * Which properties may be null: every one but those of a primitive Java type. Jackson
 * writes nulls, so a schema without {@code nullable} would call many true answers wrong.
 * A referenced schema becomes {@code allOf: [$ref], nullable: true}, as OpenAPI 3.0 has
 * no other way to say it.
 */
final class Nullables {

	private Nullables() {
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static void mark(Schema<?> schema, Class<?> type) {
		Map<String, Schema> properties = schema.getProperties();
		if (properties == null) {
			return;
		}
		properties.replaceAll((name, property) -> {
			Class<?> javaType = type == null ? null : typeOf(type, name);
			if (javaType != null && javaType.isPrimitive()) {
				return property;
			}
			if (property.get$ref() != null) {
				return new Schema<>().nullable(true).allOf(List.of(new Schema<>().$ref(property.get$ref())));
			}
			property.setNullable(true);
			return property;
		});
	}

	/** A record component's, getter's or field's type; null when none is found. */
	private static Class<?> typeOf(Class<?> type, String property) {
		if (type.isRecord()) {
			for (RecordComponent c : type.getRecordComponents()) {
				if (c.getName().equals(property)) {
					return c.getType();
				}
			}
		}
		String suffix = property.substring(0, 1).toUpperCase(Locale.ROOT) + property.substring(1);
		for (String getter : List.of("get" + suffix, "is" + suffix, property)) {
			try {
				Method m = type.getMethod(getter);
				return m.getReturnType();
			}
			catch (NoSuchMethodException ex) {
				// try the next form
			}
		}
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			try {
				Field f = c.getDeclaredField(property);
				return f.getType();
			}
			catch (NoSuchFieldException ex) {
				// look in the superclass
			}
		}
		return null;
	}

}
