package id.kombel.shared.apidocs;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;

import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import id.kombel.shared.access.AdminOnly;
import id.kombel.shared.access.KombelUser;

/**
 * Each operation as its handler answers: the success statuses its code names (201 with
 * {@code Location}, 204 without a body), the problems it can answer (400 for any input,
 * 403 where a role or scope is checked, 404 for a path id, 409 for writes that can race,
 * 413 for uploads, 429 where guesses are limited, 503 when the database is away), file
 * downloads as binary, a stable operation id and the module as its tag.
 */
final class ApiOperations implements OperationCustomizer {

	private final MultipartForms forms;

	ApiOperations(MultipartForms forms) {
		this.forms = forms;
	}

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		Class<?> type = ClassUtils.getUserClass(handler.getBeanType());
		Method method = handler.getMethod();
		HandlerBytecode code = HandlerBytecode.of(type, method);
		RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
		boolean multipart = mapping != null && List.of(mapping.consumes()).contains(MultipartForms.MULTIPART);
		if (multipart) {
			forms.describe(operation, handler);
		}
		Downloads.anyJsonBody(operation, handler);
		boolean read = AnnotatedElementUtils.hasAnnotation(method, GetMapping.class);
		boolean admin = AnnotatedElementUtils.hasAnnotation(method, AdminOnly.class)
				|| AnnotatedElementUtils.hasAnnotation(type, AdminOnly.class);
		boolean signedIn = List.of(method.getParameterTypes()).contains(KombelUser.class);
		boolean input = !(operation.getParameters() == null || operation.getParameters().isEmpty())
				|| operation.getRequestBody() != null;
		boolean pathIds = operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()));

		ApiResponses given = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		ApiResponses answers = new ApiResponses();
		ApiResponse template = successTemplate(given);
		Content body = Downloads.content(handler, template == null ? null : template.getContent());
		for (int status : successes(code, given)) {
			ApiResponse r = new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase());
			if (status != 204 && body != null) {
				r.setContent(body);
			}
			if (status == 201 && code.location()) {
				r.addHeaderObject("Location",
						new Header().description("Where the new item is").schema(new StringSchema().format("uri")));
			}
			answers.addApiResponse(Integer.toString(status), r);
		}
		Set<Integer> errors = new TreeSet<>(code.errors());
		code.statuses().stream().filter(s -> s >= 400).forEach(s -> {
			// an error the handler answers with its own body (not a problem)
			answers.addApiResponse(Integer.toString(s),
					new ApiResponse().description(HttpStatus.valueOf(s).getReasonPhrase()).content(body));
		});
		if (input) {
			errors.add(400);
		}
		if (admin || (signedIn && input)) {
			errors.add(403);
		}
		if (pathIds) {
			errors.add(404);
		}
		if (!read && (signedIn || admin)) {
			errors.add(409);
		}
		if (multipart) {
			errors.add(413);
		}
		errors.add(503);
		given.forEach((status, r) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				errors.add(Integer.parseInt(status));
			}
		});
		for (int status : errors) {
			String key = Integer.toString(status);
			if (!answers.containsKey(key)) {
				answers.addApiResponse(key, Problems.response(status, given.get(key)));
			}
		}
		operation.setResponses(answers);
		operation.setOperationId(operationId(type, method));
		operation.setTags(List.of(module(type)));
		return operation;
	}

	/** The response springdoc made from the return type (200, or an annotated status). */
	private static ApiResponse successTemplate(ApiResponses given) {
		return given.entrySet()
			.stream()
			.filter(e -> e.getKey().startsWith("2"))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static Set<Integer> successes(HandlerBytecode code, ApiResponses given) {
		Set<Integer> statuses = new TreeSet<>();
		code.statuses().stream().filter(s -> s < 300).forEach(statuses::add);
		if (statuses.isEmpty()) {
			given.keySet().stream().filter(k -> k.startsWith("2")).map(Integer::parseInt).forEach(statuses::add);
		}
		if (statuses.isEmpty()) {
			statuses.add(200);
		}
		return statuses;
	}

	/**
	 * {@code communityCreate}, {@code practicePhotoAdd}: the controller without its
	 * suffix, then the method, so a generated client has readable, stable names.
	 */
	private static String operationId(Class<?> type, Method method) {
		String owner = type.getSimpleName().replaceAll("(Api)?Controller$", "");
		String first = owner.isEmpty() ? "" : owner.substring(0, 1).toLowerCase(Locale.ROOT) + owner.substring(1);
		return first + method.getName().substring(0, 1).toUpperCase(Locale.ROOT) + method.getName().substring(1);
	}

	private static String module(Class<?> type) {
		String[] parts = type.getPackageName().split("\\.");
		return parts.length > 2 ? parts[2] : type.getPackageName();
	}

}
