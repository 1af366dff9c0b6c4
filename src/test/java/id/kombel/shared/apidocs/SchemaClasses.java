package id.kombel.shared.apidocs;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's records an API handler takes or gives, however deep. */
final class SchemaClasses {

	private SchemaClasses() {
	}

	static Set<Class<?>> reachable(RequestMappingHandlerMapping handlers) {
		Set<Class<?>> found = new LinkedHashSet<>();
		handlers.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			if (info.getPatternValues().stream().noneMatch(p -> p.startsWith("/api/v1/"))) {
				return;
			}
			walk(handler.getMethod().getGenericReturnType(), found);
			for (MethodParameter p : handler.getMethodParameters()) {
				if (p.hasParameterAnnotation(RequestBody.class)) {
					walk(p.getGenericParameterType(), found);
				}
				io.swagger.v3.oas.annotations.media.Schema declared = p
					.getParameterAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
				if (declared != null) {
					walk(declared.implementation(), found);
				}
			}
		});
		return found;
	}

	/** A record's JSON property names. */
	static Set<String> properties(Class<?> record) {
		return Arrays.stream(record.getRecordComponents())
			.map(RecordComponent::getName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static void walk(Type type, Set<Class<?>> found) {
		if (type instanceof ParameterizedType p) {
			walk(p.getRawType(), found);
			for (Type argument : p.getActualTypeArguments()) {
				walk(argument, found);
			}
		}
		else if (type instanceof WildcardType w) {
			for (Type bound : w.getUpperBounds()) {
				walk(bound, found);
			}
		}
		else if (type instanceof GenericArrayType a) {
			walk(a.getGenericComponentType(), found);
		}
		else if (type instanceof Class<?> c) {
			if (c.isArray()) {
				walk(c.getComponentType(), found);
			}
			else if (c.isRecord() && c.getName().startsWith("id.kombel.") && found.add(c)) {
				for (RecordComponent component : c.getRecordComponents()) {
					walk(component.getGenericType(), found);
				}
			}
		}
	}

}
