package id.kombel.offices;

import java.util.List;

/** An education office; a branch office lists the regencies it covers. */
public record OfficeView(long id, OfficeKind kind, String regionCode, Integer number, String name, String address,
		List<String> regencyCodes) {
}
