package id.kombel.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import id.kombel.support.IntegrationTest;

/**
 * {@link LiteralPrefixMapping} picks the same handler as Spring MVC's own matching: every
 * real mapping of the application is asked, for a path made from each of its patterns and
 * for paths that match nothing, by both (the same mappings registered in a plain handler
 * mapping), and the answers (the handler, or the exception that becomes a 404, 405 or
 * 415) are compared.
 */
class LiteralPrefixMappingTest extends IntegrationTest {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Autowired
	ApplicationContext context;

	@Test
	void everyMappingIsFoundAsSpringFindsIt() throws Exception {
		assertThat(this.mapping).isInstanceOf(LiteralPrefixMapping.Mapping.class);
		RequestMappingHandlerMapping plain = plainCopy(this.mapping.getHandlerMethods());

		List<MockHttpServletRequest> requests = new ArrayList<>();
		for (RequestMappingInfo info : this.mapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					requests.add(request(method.name(), example(pattern.getPatternString())));
				}
				// the other method: a 405 from one, a handler from another mapping of the
				// same path
				requests.add(request(methods.contains(RequestMethod.DELETE) ? "PUT" : "DELETE",
						example(pattern.getPatternString())));
			}
		}
		for (String path : List.of("/", "/nowhere", "/nowhere/1", "/communities", "/communities/1/nowhere/2",
				"//communities/1", "/communities//1", "/api", "/api/v1", "/api/v2/communities/1",
				"/api/v1/communities/", "/Communities/1", "/api/v1/nowhere/1", "/api/v1/communities/1",
				"/communities;x=1/1", "/%63ommunities/1", "/static/../communities/1")) {
			requests.add(request("GET", path));
		}
		MockHttpServletRequest json = request("GET", "/api/v1/communities/1");
		json.addHeader("Accept", "image/png");
		requests.add(json);

		int handled = 0;
		for (MockHttpServletRequest request : requests) {
			String ours = answer(this.mapping, request);
			String spring = answer(plain, copy(request));
			assertThat(ours).as(request.getMethod() + " " + request.getRequestURI()).isEqualTo(spring);
			handled += ours.startsWith("handler ") ? 1 : 0;
		}
		assertThat(requests).hasSizeGreaterThan(300);
		assertThat(handled).isGreaterThan(200);
	}

	@Test
	void leadingLiterals() {
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/api/v1/activities/{id}/check-in"))
			.containsExactly("api", "v1", "activities");
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/communities/{id}")).containsExactly("communities");
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/about")).containsExactly("about");
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/about/")).containsExactly("about");
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/")).isEmpty();
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/{lang}/about")).isEmpty();
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/files/**")).containsExactly("files");
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("/file?.txt")).isEmpty();
		assertThat(LiteralPrefixMapping.Mapping.leadingLiterals("")).isEmpty();
	}

	private RequestMappingHandlerMapping plainCopy(Map<RequestMappingInfo, HandlerMethod> methods) throws Exception {
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(this.context);
		plain.setDetectHandlerMethodsInAncestorContexts(false);
		methods.forEach((info, method) -> plain.registerMapping(info, method.getBean(), method.getMethod()));
		return plain;
	}

	private static String answer(RequestMappingHandlerMapping mapping, MockHttpServletRequest request) {
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			return chain == null ? "none" : "handler " + ((HandlerMethod) chain.getHandler()).getMethod();
		}
		catch (Exception ex) {
			return "refused " + ex.getClass().getSimpleName();
		}
	}

	private static String example(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "/a/b")
			.replaceAll("\\{[^}]+}", "1")
			.replace("**", "a/b")
			.replace("*", "a");
	}

	private static MockHttpServletRequest request(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "text/html,application/json;q=0.9,*/*;q=0.8");
		if (!method.equals("GET")) {
			request.setContentType("application/x-www-form-urlencoded");
		}
		return request;
	}

	private static MockHttpServletRequest copy(MockHttpServletRequest request) {
		MockHttpServletRequest copy = request(request.getMethod(), request.getRequestURI());
		if (!"text/html,application/json;q=0.9,*/*;q=0.8".equals(request.getHeader("Accept"))) {
			copy.removeHeader("Accept");
			copy.addHeader("Accept", request.getHeader("Accept"));
		}
		return copy;
	}

}
