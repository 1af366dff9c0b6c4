package id.kombel.shared.apidocs;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Files as files: a handler answering bytes, a resource or a stream sends a PDF, a
 * workbook, a ZIP, a calendar or an image, not base64 in JSON. The media type is the
 * mapping's {@code produces}, else its path's extension, else any (a stored file answers
 * in the type it was uploaded with).
 */
final class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final Map<String, String> EXTENSIONS = Map.of(".pdf", "application/pdf", ".xlsx", XLSX, ".zip",
			"application/zip", ".csv", "text/csv", ".ics", "text/calendar", ".jpg", "image/jpeg", ".png", "image/png");

	private Downloads() {
	}

	/** The success content: binary for files, JSON (never any type) otherwise. */
	static Content content(HandlerMethod handler, Content generated) {
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
		List<String> produces = mapping == null ? List.of() : List.of(mapping.produces());
		if (!isFile(handler.getReturnType(), produces)) {
			return isUntyped(handler.getReturnType()) ? json(generated, anyJson()) : json(generated, null);
		}
		List<String> types = new ArrayList<>(produces);
		if (types.isEmpty() && mapping != null) {
			for (String path : mapping.path()) {
				EXTENSIONS.forEach((extension, type) -> {
					if (path.endsWith(extension)) {
						types.add(type);
					}
				});
			}
		}
		if (types.isEmpty()) {
			types.add("*/*");
		}
		Content content = new Content();
		types.forEach(t -> content.addMediaType(t, new MediaType().schema(new BinarySchema())));
		return content;
	}

	/**
	 * A body the handler takes or gives as a JSON tree or an {@code Object}: an object or
	 * an array (a check-in, or a batch of them).
	 */
	static Schema<?> anyJson() {
		return new ComposedSchema().oneOf(List.of(new ObjectSchema().additionalProperties(true),
				new ArraySchema().items(new ObjectSchema().additionalProperties(true))));
	}

	static void anyJsonBody(Operation operation, HandlerMethod handler) {
		for (MethodParameter p : handler.getMethodParameters()) {
			if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)
					&& p.getParameterType() == tools.jackson.databind.JsonNode.class
					&& operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
				operation.getRequestBody().getContent().values().forEach(m -> m.setSchema(anyJson()));
			}
		}
	}

	private static boolean isFile(MethodParameter returnType, List<String> produces) {
		ResolvableType type = ResolvableType.forMethodParameter(returnType);
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			type = type.as(HttpEntity.class).getGeneric(0);
		}
		Class<?> body = type.toClass();
		if (body == String.class) {
			return produces.stream().anyMatch(p -> !p.contains("json"));
		}
		return body == byte[].class || Resource.class.isAssignableFrom(body) || InputStream.class.isAssignableFrom(body)
				|| StreamingResponseBody.class.isAssignableFrom(body);
	}

	/**
	 * {@code Object} or {@code ResponseEntity<?>}: the handler answers more than one
	 * shape.
	 */
	private static boolean isUntyped(MethodParameter returnType) {
		ResolvableType type = ResolvableType.forMethodParameter(returnType);
		if (HttpEntity.class.isAssignableFrom(type.toClass())) {
			type = type.as(HttpEntity.class).getGeneric(0);
		}
		return type.toClass() == Object.class;
	}

	private static Content json(Content generated, Schema<?> replacement) {
		if (generated == null || generated.isEmpty()) {
			return replacement == null ? null
					: new Content().addMediaType("application/json", new MediaType().schema(replacement));
		}
		Content content = new Content();
		generated.forEach((type, media) -> content.addMediaType("*/*".equals(type) ? "application/json" : type,
				replacement == null ? media : new MediaType().schema(replacement)));
		return content;
	}

}
