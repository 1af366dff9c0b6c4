package id.kombel.programmes.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import id.kombel.shared.web.PublicAddress;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What the controllers of this module share: the site's own address, and files to
 * download.
 */
public final class Downloads {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Downloads() {
	}

	/**
	 * The address this request reached the site at, for links in tickets, invitations and
	 * certificates.
	 */
	public static String base() {
		return PublicAddress.base();
	}

	public static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.parseMediaType(type))
			.body(bytes);
	}

	public static ResponseEntity<String> csv(String body, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(body);
	}

}
