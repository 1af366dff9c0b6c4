package id.kombel.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to the running server as an outside client
 * would.
 */
public final class Api {

	public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return raw.headers().firstValue(name).orElse(null);
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final String base;

	private final String token;

	private final String language;

	public Api(String base) {
		this(base, null, null);
	}

	private Api(String base, String token, String language) {
		this.base = base;
		this.token = token;
		this.language = language;
	}

	public Api as(String email) {
		return as(email, "kombel-demo");
	}

	public Api as(String email, String password) {
		Response r = post("/api/v1/tokens", "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
		if (r.status() != 201) {
			throw new IllegalStateException("cannot sign in as " + email + ": " + r.body());
		}
		return withToken(r.json().get("token").asString());
	}

	public Api withToken(String newToken) {
		return new Api(base, newToken, language);
	}

	public Api inLanguage(String lang) {
		return new Api(base, token, lang);
	}

	public Response get(String path) {
		return send(request(path).GET());
	}

	/** A binary answer (a spreadsheet, a PDF, a stored file) with its status. */
	public HttpResponse<byte[]> bytes(String path) {
		try {
			return CLIENT.send(request(path).GET().build(), BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response post(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
	}

	public Response put(String path, String json) {
		return send(request(path).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json)));
	}

	public Response delete(String path) {
		return send(request(path).DELETE());
	}

	/** Any method, with an empty JSON object as the body of those that take one. */
	public Response send(String method, String path) {
		BodyPublisher body = method.equals("GET") || method.equals("DELETE") ? BodyPublishers.noBody()
				: BodyPublishers.ofString("{}");
		return send(request(path).header("Content-Type", "application/json").method(method, body));
	}

	/** A request as given (e.g. with headers of its own), answered as text. */
	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> r = CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public String base() {
		return base;
	}

	/** A multipart upload of one file part named {@code file}. */
	/** A page form, as a browser posts it. */
	public Response postForm(String path, String urlEncoded) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(BodyPublishers.ofString(urlEncoded)));
	}

	public Response upload(String path, String filename, byte[] content) {
		String boundary = "kombel-" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(BodyPublishers.ofByteArray(body)));
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		if (language != null) {
			b.header("Accept-Language", language);
		}
		return b;
	}

	private Response send(HttpRequest.Builder builder) {
		try {
			HttpResponse<String> r = CLIENT.send(builder.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
