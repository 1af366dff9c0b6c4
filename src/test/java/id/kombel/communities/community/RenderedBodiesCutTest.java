package id.kombel.communities.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * A body kept as bytes cut at its holes writes exactly the text with the hole's value in
 * each place, and says its length in bytes, whatever the characters (a page's length is
 * sent as its Content-Length: one byte off and the browser cuts the page or waits).
 */
class RenderedBodiesCutTest {

	private static final String HOLE = "kombel-member-feed";

	@Test
	void writesTheTextWithTheValueInEveryHole() throws IOException {
		String text = HOLE + "<a href=\"" + HOLE + "\">Kalender Ibu Ñoño — 文字</a>" + HOLE;
		String value = "/communities/7/calendar.ics?member=3&amp;key=é";
		RenderedBodies.Cut cut = RenderedBodies.Cut.of(text, HOLE);
		byte[] hole = value.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cut.writeTo(out, hole);
		String expected = text.replace(HOLE, value);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
		assertThat(cut.length(hole.length)).isEqualTo(expected.getBytes(StandardCharsets.UTF_8).length)
			.isEqualTo(out.size());
		assertThat(cut.pieces()).hasSize(4);
	}

	@Test
	void aTextWithoutTheHoleIsWrittenAsItIs() throws IOException {
		String text = "<p>Tidak ada kegiatan — ✓</p>";
		RenderedBodies.Cut cut = RenderedBodies.Cut.of(text, HOLE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		cut.writeTo(out, "x".getBytes(StandardCharsets.UTF_8));
		assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
		assertThat(cut.length(1)).isEqualTo(out.size());
	}

}
