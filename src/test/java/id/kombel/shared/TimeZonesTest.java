package id.kombel.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clock of a region follows the first two digits of its code, and nothing else. */
class TimeZonesTest {

	@Test
	void eachProvinceHasItsClock() {
		assertThat(TimeZones.of("12.11")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("36")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("51.02")).isEqualTo(TimeZones.WITA);
		assertThat(TimeZones.of("53")).isEqualTo(TimeZones.WITA);
		assertThat(TimeZones.of("54")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("62.01")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("63.01.01")).isEqualTo(TimeZones.WITA);
		assertThat(TimeZones.of("76")).isEqualTo(TimeZones.WITA);
		assertThat(TimeZones.of("81")).isEqualTo(TimeZones.WIT);
		assertThat(TimeZones.of("94.71")).isEqualTo(TimeZones.WIT);
		assertThat(TimeZones.label(TimeZones.of("91"))).isEqualTo("WIT");
	}

	@Test
	void aCodeThatDoesNotStartWithTwoDigitsIsWesternTime() {
		assertThat(TimeZones.of(null)).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("8")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("8x")).isEqualTo(TimeZones.WIB);
		assertThat(TimeZones.of("x81")).isEqualTo(TimeZones.WIB);
		// digits of another script are not a province code
		assertThat(TimeZones.of("\u0668\u0661")).isEqualTo(TimeZones.WIB);
	}

}
