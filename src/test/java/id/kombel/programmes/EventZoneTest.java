package id.kombel.programmes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import id.kombel.programmes.checkin.EventCheckIns;

/**
 * A venue's sessions and check-in times run on its own clock, in whichever of Indonesia's
 * three zones it lies.
 */
class EventZoneTest {

	@Test
	void eachProvinceHasItsOwnClock() {
		assertThat(EventCheckIns.zoneOf("12")).as("Sumatera Utara").isEqualTo(ZoneId.of("Asia/Jakarta"));
		assertThat(EventCheckIns.zoneOf("61")).as("Kalimantan Barat").isEqualTo(ZoneId.of("Asia/Jakarta"));
		assertThat(EventCheckIns.zoneOf("51")).as("Bali").isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(EventCheckIns.zoneOf("64")).as("Kalimantan Timur").isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(EventCheckIns.zoneOf("73")).as("Sulawesi Selatan").isEqualTo(ZoneId.of("Asia/Makassar"));
		assertThat(EventCheckIns.zoneOf("81")).as("Maluku").isEqualTo(ZoneId.of("Asia/Jayapura"));
		assertThat(EventCheckIns.zoneOf("94")).as("Papua").isEqualTo(ZoneId.of("Asia/Jayapura"));
		assertThat(EventCheckIns.zoneOf("12.11")).as("a regency code also works").isEqualTo(ZoneId.of("Asia/Jakarta"));
	}

}
