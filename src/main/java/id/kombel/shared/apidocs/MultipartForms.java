package id.kombel.shared.apidocs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Encoding;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * An upload as it is sent: a {@code multipart/form-data} body whose parts are the
 * handler's {@code @RequestPart} and {@code @RequestParam} arguments, files as binary,
 * the other fields as their types (moved out of the query, where springdoc puts them),
 * and a JSON part ({@code metadata}) as the schema its parameter's {@code @Schema} names.
 */
final class MultipartForms {

	static final String MULTIPART = "multipart/form-data";

	/** Schemas the parts refer to, for the document's components. */
	@SuppressWarnings("rawtypes")
	private final Map<String, Schema> referenced = new ConcurrentHashMap<>();

	@SuppressWarnings("rawtypes")
	Map<String, Schema> referenced() {
		return referenced;
	}

	void describe(Operation operation, HandlerMethod handler) {
		ObjectSchema form = new ObjectSchema();
		Encoding json = new Encoding().contentType("application/json");
		Map<String, Encoding> encodings = new java.util.LinkedHashMap<>();
		List<String> required = new ArrayList<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			RequestPart part = p.getParameterAnnotation(RequestPart.class);
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (part == null && param == null) {
				continue;
			}
			String name = nameOf(part != null ? part.name() : param.name(), p);
			boolean mandatory = part != null ? part.required() : param.required() && isDefaultless(param);
			io.swagger.v3.oas.annotations.media.Schema declared = p
				.getParameterAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
			Schema<?> schema;
			if (declared != null && declared.implementation() != Void.class) {
				schema = new Schema<>().$ref(Problems.ref(resolve(declared.implementation())));
				encodings.put(name, json);
			}
			else if (isFile(p)) {
				schema = ResolvableType.forMethodParameter(p).toClass() == MultipartFile.class ? new BinarySchema()
						: new ArraySchema().items(new BinarySchema());
			}
			else {
				schema = queryParameter(operation, name);
			}
			form.addProperty(name, schema);
			if (mandatory) {
				required.add(name);
			}
		}
		if (!required.isEmpty()) {
			form.setRequired(required);
		}
		MediaType media = new MediaType().schema(form);
		if (!encodings.isEmpty()) {
			media.setEncoding(encodings);
		}
		operation
			.setRequestBody(new RequestBody().required(true).content(new Content().addMediaType(MULTIPART, media)));
	}

	/** The field's schema, taken out of the query parameters. */
	private static Schema<?> queryParameter(Operation operation, String name) {
		if (operation.getParameters() == null) {
			return new Schema<>().type("string");
		}
		Parameter found = operation.getParameters()
			.stream()
			.filter(q -> "query".equals(q.getIn()) && name.equals(q.getName()))
			.findFirst()
			.orElse(null);
		if (found == null) {
			return new Schema<>().type("string");
		}
		operation.getParameters().remove(found);
		if (operation.getParameters().isEmpty()) {
			operation.setParameters(null);
		}
		return found.getSchema();
	}

	private String resolve(Class<?> type) {
		ResolvedSchema resolved = ModelConverters.getInstance(false)
			.resolveAsResolvedSchema(new AnnotatedType(type).resolveAsRef(false));
		referenced.putAll(resolved.referencedSchemas);
		String name = resolved.schema.getName();
		referenced.put(name, resolved.schema);
		return name;
	}

	private static boolean isFile(MethodParameter p) {
		ResolvableType type = ResolvableType.forMethodParameter(p);
		return type.toClass() == MultipartFile.class
				|| (List.class.isAssignableFrom(type.toClass()) && type.getGeneric(0).toClass() == MultipartFile.class);
	}

	private static boolean isDefaultless(RequestParam param) {
		return org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE.equals(param.defaultValue());
	}

	private static String nameOf(String declared, MethodParameter p) {
		if (!declared.isEmpty()) {
			return declared;
		}
		p.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
		return p.getParameterName();
	}

}
