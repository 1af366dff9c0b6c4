package id.kombel.shared.web;

/**
 * What a link preview (WhatsApp, Telegram, Facebook) shows of a page: the layout writes
 * these as Open Graph meta tags when a page puts one in its model as {@code openGraph}.
 *
 * @param title og:title
 * @param description og:description: the first words of the page's text, as plain text
 * @param type og:type ("article" for something written)
 * @param url og:url, the page's full address
 */
public record OpenGraph(String title, String description, String type, String url) {

	/** Previews cut longer descriptions anyway; a whole word at the end reads better. */
	static final int DESCRIPTION_MAX = 200;

	/** For the page at {@code path} of this site (taken from the current request). */
	public static OpenGraph of(String title, String plainText, String type, String path) {
		String url = PublicAddress.of(path);
		return new OpenGraph(title, firstWords(plainText), type, url);
	}

	/**
	 * A "share to WhatsApp" link: the title and the address, as activities share
	 * themselves.
	 */
	public String whatsapp() {
		return WhatsApp.shareLink(title + "\n" + url);
	}

	static String firstWords(String text) {
		if (text == null) {
			return "";
		}
		String flat = text.replaceAll("\\s+", " ").strip();
		if (flat.length() <= DESCRIPTION_MAX) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', DESCRIPTION_MAX - 1);
		return flat.substring(0, cut > DESCRIPTION_MAX / 2 ? cut : DESCRIPTION_MAX - 1).strip() + "…";
	}
}
