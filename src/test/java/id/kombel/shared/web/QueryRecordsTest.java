package id.kombel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

/**
 * {@link QueryRecords} binds a record of query parameters as Spring MVC's constructor
 * binding does (each case is bound by both and compared: the record, or the refused
 * fields with their codes, values and messages), but without looking the constructor up
 * on every request.
 */
class QueryRecordsTest {

	record Filters(@Size(max = 5, message = "too long") String q, Long school,
			@Min(value = 0, message = "at least {value}") Integer page,
			@Max(value = 50, message = "at most {value}") Integer size, Level level) {
	}

	enum Level {

		SD, SMP

	}

	record Counted(int count) {
	}

	record Nested(Filters filters) {
	}

	@SuppressWarnings("unused")
	static class Handlers {

		void valid(@Valid Filters filters) {
		}

		void validated(@Validated Filters filters) {
		}

		void unchecked(Filters filters) {
		}

		void form(@Valid Filters filters, BindingResult result) {
		}

		void body(@RequestBody Filters filters) {
		}

		void text(String q) {
		}

		void counted(@Valid Counted counted) {
		}

		void nested(@Valid Nested nested) {
		}

	}

	private static final LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();

	private static final ServletRequestDataBinderFactory binders;

	static {
		validator.afterPropertiesSet();
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(new DefaultFormattingConversionService());
		initializer.setValidator(validator);
		binders = new ServletRequestDataBinderFactory(null, initializer);
	}

	@AfterAll
	static void close() {
		validator.close();
	}

	private final QueryRecords records = new QueryRecords();

	private final ServletModelAttributeMethodProcessor spring = new ServletModelAttributeMethodProcessor(true);

	@Test
	void takesOnlyAnUnannotatedOrValidatedRecordWithoutItsErrors() throws Exception {
		assertThat(records.supportsParameter(parameter("valid"))).isTrue();
		assertThat(records.supportsParameter(parameter("validated"))).isTrue();
		assertThat(records.supportsParameter(parameter("unchecked"))).isTrue();
		assertThat(records.supportsParameter(parameter("form"))).as("a page form keeps its BindingResult").isFalse();
		assertThat(records.supportsParameter(parameter("body"))).isFalse();
		assertThat(records.supportsParameter(new MethodParameter(method("text"), 0))).isFalse();
		assertThat(records.supportsParameter(new MethodParameter(method("counted"), 0)))
			.as("a primitive (refused when missing) is left to Spring's binding")
			.isFalse();
		assertThat(records.supportsParameter(new MethodParameter(method("nested"), 0))).isFalse();
	}

	@Test
	void bindsAsSpringDoes() throws Exception {
		List<String> queries = List.of("", "q=abc&school=12&page=2&size=20&level=SD", "school=&page=&size=", "q=a&q=b",
				"!page=3", "page=3&!page=4", "_page=1", "q=", "unknown=1", "level=SMP", "level=");
		for (String query : queries) {
			Object ours = bind(records, "valid", query);
			assertThat(ours).as(query).isInstanceOf(Filters.class).isEqualTo(bind(spring, "valid", query));
		}
		assertThat(bind(records, "valid", "school=12&page=2")).isEqualTo(new Filters(null, 12L, 2, null, null));
		assertThat(bind(records, "valid", "q=a&q=b")).isEqualTo(new Filters("a,b", null, null, null, null));
	}

	@Test
	void refusesABadValueAsSpringDoes() throws Exception {
		List<String> queries = List.of("page=abc", "school=x&page=1", "page=abc&size=500", "level=SMA", "page=-1",
				"size=51&q=toolong", "page=1.5", "page=abc&level=x");
		for (String query : queries) {
			Object ours = bind(records, "valid", query);
			assertThat(ours).as(query).isInstanceOf(List.class).isEqualTo(bind(spring, "valid", query));
			assertThat(bind(records, "validated", query)).as(query).isEqualTo(bind(spring, "validated", query));
		}
		assertThat(bind(records, "valid", "page=abc").toString()).contains("page", "typeMismatch", "abc");
		assertThat(bind(records, "valid", "page=-1").toString()).contains("page", "at least 0");
		assertThat(bind(records, "unchecked", "page=-1")).isEqualTo(bind(spring, "unchecked", "page=-1"))
			.isEqualTo(new Filters(null, null, -1, null, null));
		assertThat(bind(records, "unchecked", "page=x")).isEqualTo(bind(spring, "unchecked", "page=x"));
	}

	@Test
	void aValidatorThatCannotCheckOneValueSaysOnlyTheBadValueAsSpringDoes() throws Exception {
		// Spring Boot's validator adapter checks a whole object, not a value on its own
		SmartValidator whole = new SmartValidator() {

			@Override
			public boolean supports(Class<?> type) {
				return validator.supports(type);
			}

			@Override
			public void validate(Object target, Errors errors) {
				validator.validate(target, errors);
			}

			@Override
			public void validate(Object target, Errors errors, Object... hints) {
				validator.validate(target, errors, hints);
			}

		};
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(new DefaultFormattingConversionService());
		initializer.setValidator(whole);
		ServletRequestDataBinderFactory adapted = new ServletRequestDataBinderFactory(null, initializer);
		for (String query : List.of("page=abc&size=500", "size=500")) {
			assertThat(bind(records, "valid", query, adapted)).as(query)
				.isEqualTo(bind(spring, "valid", query, adapted));
		}
		assertThat(bind(records, "valid", "page=abc&size=500", adapted).toString()).contains("page")
			.doesNotContain("at most");
	}

	@Test
	void takesAPathVariableForAMissingParameter() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x/7");
		request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("school", "7"));
		request.setParameter("page", "1");
		assertThat(resolve(records, parameter("valid"), request)).isEqualTo(new Filters(null, 7L, 1, null, null))
			.isEqualTo(resolve(spring, parameter("valid"), request));
	}

	@Test
	void allocatesLessThanSpringsBinding() throws Exception {
		long ours = allocated(records);
		long springs = allocated(spring);
		System.out.printf("bytes allocated per binding of 5 parameters: Spring's %d, QueryRecords %d%n", springs, ours);
		assertThat(ours).isLessThan(springs);
	}

	private static long allocated(HandlerMethodArgumentResolver resolver) throws Exception {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		MethodParameter parameter = parameter("valid");
		MockHttpServletRequest request = request("q=abc&school=12&page=2&size=20&level=SD");
		for (int i = 0; i < 20_000; i++) {
			resolve(resolver, parameter, request);
		}
		int runs = 20_000;
		long before = threads.getCurrentThreadAllocatedBytes();
		for (int i = 0; i < runs; i++) {
			resolve(resolver, parameter, request);
		}
		return (threads.getCurrentThreadAllocatedBytes() - before) / runs;
	}

	/** The bound record, or what was refused: field, codes, rejected value, message. */
	private static Object bind(HandlerMethodArgumentResolver resolver, String method, String query) throws Exception {
		return bind(resolver, method, query, binders);
	}

	private static Object bind(HandlerMethodArgumentResolver resolver, String method, String query,
			ServletRequestDataBinderFactory factory) throws Exception {
		try {
			return resolver.resolveArgument(parameter(method), new ModelAndViewContainer(),
					new ServletWebRequest(request(query)), factory);
		}
		catch (MethodArgumentNotValidException ex) {
			return ex.getBindingResult()
				.getFieldErrors()
				.stream()
				.map(e -> e.getObjectName() + " " + e.getField() + " " + List.of(e.getCodes()) + " "
						+ e.getRejectedValue() + " " + e.isBindingFailure() + " " + e.getDefaultMessage())
				.sorted()
				.toList();
		}
	}

	private static Object resolve(HandlerMethodArgumentResolver resolver, MethodParameter parameter,
			MockHttpServletRequest request) throws Exception {
		return resolver.resolveArgument(parameter, new ModelAndViewContainer(), new ServletWebRequest(request),
				binders);
	}

	private static MockHttpServletRequest request(String query) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/x");
		for (String pair : query.split("&")) {
			if (!pair.isEmpty()) {
				String[] kv = pair.split("=", 2);
				request.addParameter(kv[0], kv.length > 1 ? kv[1] : "");
			}
		}
		return request;
	}

	private static MethodParameter parameter(String method) throws NoSuchMethodException {
		MethodParameter parameter = new MethodParameter(method(method), 0);
		assertThat(parameter.getParameterType()).isEqualTo(Filters.class);
		return parameter;
	}

	private static java.lang.reflect.Method method(String name) {
		for (java.lang.reflect.Method m : Handlers.class.getDeclaredMethods()) {
			if (m.getName().equals(name)) {
				return m;
			}
		}
		throw new IllegalArgumentException(name);
	}

}
