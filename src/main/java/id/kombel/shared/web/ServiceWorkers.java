package id.kombel.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;

/**
 * Service worker scripts kept as files under {@code scripts/} and served by a controller
 * at the address whose folder is the worker's scope ({@code /tickets/sw.js} keeps the
 * tickets, {@code /events/{id}/sw.js} one event's check-in page).
 */
public final class ServiceWorkers {

	/** Keeps visited pages for a while without connection: tickets, activity pages. */
	public static final String OFFLINE_PAGES = script("scripts/offline-page-sw.js");

	private ServiceWorkers() {
	}

	/** The script as a response: JavaScript, checked again on every registration. */
	public static ResponseEntity<String> response(String script) {
		return ResponseEntity.ok()
			.header("Content-Type", "text/javascript")
			.header("Cache-Control", "no-cache")
			.body(script);
	}

	/** A script from the class path, read once. */
	public static String script(String path) {
		try {
			return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
