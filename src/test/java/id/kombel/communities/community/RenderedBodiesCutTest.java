package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * A body kept as bytes cut at its holes writes exactly the text with each hole's value in
 * each of its places, and says its length in bytes, whatever the characters (a page's
 * length is sent as its Content-Length: one byte off and the browser cuts the page or
 * waits).
 */
class RenderedBodiesCutTest {

	private static final String HOLE = "kombel-member-feed";

	private static final String TOKEN = "kombel-shell-csrf";

	private static final String OTHER = "kombel-other";

	@Test
	void writesTheTextWithTheValueInEveryHole() throws IOException {
		String text = HOLE + "<a href=\"" + HOLE + "\">Kalender Ibu Ñoño — 文字</a>" + HOLE;
		String value = "/communities/7/calendar.ics?member=3&amp;key=é";
		RenderedBodies.Cut cut = RenderedBodies.Cut.of(text, List.of(HOLE));
		Map<String, byte[]> values = Map.of(HOLE, value.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cut.writeTo(out, values);
		String expected = text.replace(HOLE, value);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
		assertThat(cut.length(values)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length)
			.isEqualTo(out.size());
		assertThat(cut.pieces()).hasSize(4);
	}

	@Test
	void eachHoleTakesItsOwnValueAndOneWithoutAValueStaysEmpty() throws IOException {
		String text = "<form>" + TOKEN + "</form><a href=\"" + HOLE + "\">Ñ</a><form>" + TOKEN + "</form>" + OTHER;
		RenderedBodies.Cut cut = RenderedBodies.Cut.of(text, List.of(HOLE, TOKEN, OTHER));
		assertThat(cut.holes()).containsExactly(TOKEN, HOLE, TOKEN, OTHER);
		Map<String, byte[]> values = Map.of(HOLE, "/feed?é".getBytes(StandardCharsets.UTF_8), TOKEN,
				"t0k3n".getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cut.writeTo(out, values);
		String expected = "<form>t0k3n</form><a href=\"/feed?é\">Ñ</a><form>t0k3n</form>";
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
		assertThat(cut.length(values)).isEqualTo(out.size());
	}

	@Test
	void aTextWithoutTheHoleIsWrittenAsItIs() throws IOException {
		String text = "<p>Tidak ada kegiatan — ✓</p>";
		RenderedBodies.Cut cut = RenderedBodies.Cut.of(text, List.of(HOLE));
		Map<String, byte[]> values = Map.of(HOLE, "x".getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cut.writeTo(out, values);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
		assertThat(cut.length(values)).isEqualTo(out.size());
	}

}
