package id.kombel.shared.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Binds a handler's record of query parameters (a record parameter with no annotation but
 * {@code @Valid}/{@code @Validated}, not followed by a {@code BindingResult}) from the
 * request's parameters, as Spring MVC's constructor binding does, but with the canonical
 * constructor, its parameters' names and their annotations looked up once per record
 * type: Spring's binding looks them up by reflection on every request, which was 40 % of
 * what the community list page allocated (issue 17).
 * <p>
 * What stays Spring's: the conversion (the request's {@link WebDataBinder}, so the same
 * conversion service and formats), the validation (the binder's validators with the hints
 * of {@code @Valid}/{@code @Validated}) and the refusal, a
 * {@link MethodArgumentNotValidException} of the binder's result, so a bad value ({@code
 * page=abc}) is a 400 with the field's message in the user's language
 * ({@link ErrorHandling}). A value comes from the parameter, else a path variable, else a
 * {@code !name} default; missing, it is null. A record with a primitive (refused when
 * missing), nested or many-valued component is left to Spring's binding; and unlike
 * Spring's binding, a request header of the same name is not taken for a missing
 * parameter.
 */
public final class QueryRecords implements HandlerMethodArgumentResolver {

	private final Map<Class<?>, Shape> shapes = new ConcurrentHashMap<>();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		if (!parameter.getParameterType().isRecord()) {
			return false;
		}
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			if (ValidationAnnotationUtils.determineValidationHints(annotation) == null) {
				return false; // @RequestBody, @ModelAttribute … are another resolver's
			}
		}
		for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
			Class<?> type = component.getType();
			if (type.isPrimitive() || !BeanUtils.isSimpleValueType(type)) {
				return false;
			}
		}
		// a page form takes its errors (BindingResult): Spring's binding gives them
		int next = parameter.getParameterIndex() + 1;
		Class<?>[] types = parameter.getExecutable().getParameterTypes();
		return next >= types.length || !Errors.class.isAssignableFrom(types[next]);
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) throws Exception {
		Shape shape = shapes.computeIfAbsent(parameter.getParameterType(), Shape::of);
		HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
		@SuppressWarnings("unchecked")
		Map<String, String> pathVariables = request == null ? null
				: (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		// no target yet but its type, which gives the binder its validators
		WebDataBinder binder = binderFactory.createBinder(webRequest, null, shape.name, shape.type);
		Object[] args = new Object[shape.names.length];
		TypeMismatchException[] failures = null;
		for (int i = 0; i < args.length; i++) {
			Object value = value(webRequest, pathVariables, shape.names[i]);
			if (value == null) {
				continue;
			}
			try {
				args[i] = binder.convertIfNecessary(value, shape.parameters[i].getParameterType(), shape.parameters[i]);
			}
			catch (TypeMismatchException ex) {
				ex.initPropertyName(shape.names[i]);
				failures = failures == null ? new TypeMismatchException[args.length] : failures;
				failures[i] = ex;
			}
		}
		Object target = null;
		if (failures == null) {
			target = BeanUtils.instantiateClass(shape.constructor, args);
			binder = binderFactory.createBinder(webRequest, target, shape.name);
		}
		BindingResult result = binder.getBindingResult();
		if (failures != null) {
			for (int i = 0; i < args.length; i++) {
				// with no record to read them from, each field's type and value are told
				TypeMismatchException failure = failures[i];
				result.recordFieldValue(shape.names[i], shape.parameters[i].getParameterType(),
						failure == null ? args[i] : failure.getValue());
				if (failure != null) {
					binder.getBindingErrorProcessor().processPropertyAccessException(failure, result);
				}
			}
		}
		for (Annotation annotation : parameter.getParameterAnnotations()) {
			Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
			if (hints != null) {
				validate(binder, shape, args, failures, hints);
			}
		}
		if (result.hasErrors()) {
			throw new MethodArgumentNotValidException(parameter, result);
		}
		return target;
	}

	/**
	 * The record, or, when a value could not be converted, each value that could:
	 * Spring's binding, too, says everything wrong at once.
	 */
	private static void validate(WebDataBinder binder, Shape shape, Object[] args, TypeMismatchException[] failures,
			Object[] hints) {
		if (failures == null) {
			binder.validate(hints);
			return;
		}
		for (Validator validator : binder.getValidatorsToApply()) {
			if (validator instanceof SmartValidator smart) {
				for (int i = 0; i < args.length; i++) {
					if (failures[i] == null) {
						try {
							smart.validateValue(shape.constructor.getDeclaringClass(), shape.names[i], args[i],
									binder.getBindingResult(), hints);
						}
						catch (IllegalArgumentException ex) {
							// a validator that cannot check one value (Spring Boot's
							// adapter): as
							// Spring's binding, say the values that could not be
							// converted only
						}
					}
				}
			}
		}
	}

	private static Object value(NativeWebRequest request, Map<String, String> pathVariables, String name) {
		String[] values = request.getParameterValues(name);
		if (values == null && pathVariables != null && pathVariables.containsKey(name)) {
			return pathVariables.get(name);
		}
		if (values == null) {
			values = request.getParameterValues(WebDataBinder.DEFAULT_FIELD_DEFAULT_PREFIX + name);
		}
		return values == null ? null : values.length == 1 ? values[0] : values;
	}

	/** What a record type's binding needs, looked up once. */
	private record Shape(String name, ResolvableType type, Constructor<?> constructor, String[] names,
			MethodParameter[] parameters) {

		static Shape of(Class<?> type) {
			RecordComponent[] components = type.getRecordComponents();
			Class<?>[] types = new Class<?>[components.length];
			String[] names = new String[components.length];
			for (int i = 0; i < components.length; i++) {
				types[i] = components[i].getType();
				names[i] = components[i].getName();
			}
			Constructor<?> constructor;
			try {
				constructor = type.getDeclaredConstructor(types);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException("a record without its canonical constructor: " + type, ex);
			}
			MethodParameter[] parameters = new MethodParameter[names.length];
			for (int i = 0; i < names.length; i++) {
				parameters[i] = MethodParameter.forFieldAwareConstructor(constructor, i, names[i]);
				parameters[i].getParameterAnnotations(); // read now, not on a request
			}
			// the name Spring gives an unnamed model attribute: the errors' codes are
			// made of it
			return new Shape(ClassUtils.getShortNameAsProperty(type), ResolvableType.forClass(type), constructor, names,
					parameters);
		}

	}

}
