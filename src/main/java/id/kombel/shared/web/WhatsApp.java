package id.kombel.shared.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * WhatsApp "click to chat" links (https://wa.me), built in one place. The text is encoded
 * whole as a query value (UTF-8; a space as {@code +}, which wa.me reads as a space; a
 * line break as {@code %0A}; {@code &}, {@code #}, {@code +} and {@code ?} escaped), so
 * nothing a user wrote can end the parameter early.
 */
public final class WhatsApp {

	private WhatsApp() {
	}

	/** Opens WhatsApp with {@code text} ready to send; the user picks whom to. */
	public static String shareLink(String text) {
		return "https://wa.me/?text=" + encode(text);
	}

	/**
	 * Opens the chat with {@code phone} with {@code text} ready to send. The number is
	 * taken in international form ("+62812…", as {@code Phones} normalises it); wa.me
	 * wants its digits only.
	 */
	public static String messageLink(String phone, String text) {
		return "https://wa.me/" + phone.replaceAll("\\D", "") + "?text=" + encode(text);
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
