package id.kombel.monitoring.compliance;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import id.kombel.offices.OfficeKind;
import id.kombel.offices.OfficeView;
import id.kombel.offices.Offices;
import id.kombel.regions.RegionLevel;
import id.kombel.regions.RegionView;
import id.kombel.regions.Regions;
import id.kombel.schools.Schools;
import id.kombel.shared.access.KombelUser;
import id.kombel.shared.access.Role;

/**
 * Who sends the printed report: the letterhead (the school for a principal's report, the
 * branch office for a branch office, else the education office of the area), where it is
 * signed, and by whom (position; the name of a principal or supervisor, left blank for an
 * office's head to write).
 */
@Component
class Letterheads {

	/** What the top and the foot of the printed report say. */
	record Letterhead(String organisation, String address, String signerTitle, String signerName, String place) {
	}

	private final Offices offices;

	private final Regions regions;

	private final Schools schools;

	Letterheads(Offices offices, Regions regions, Schools schools) {
		this.offices = offices;
		this.regions = regions;
		this.schools = schools;
	}

	Letterhead of(KombelUser user, ComplianceReport report) {
		List<RegionView> path = regions.path(report.region().code());
		String place = path.stream()
			.filter(r -> r.level() == RegionLevel.REGENCY)
			.findFirst()
			.or(() -> path.stream().findFirst())
			.map(r -> r.name().replaceFirst("^(Kabupaten|Kota|Provinsi) ", ""))
			.orElse(report.region().name());
		String person = user.has(Role.PRINCIPAL) || user.has(Role.SUPERVISOR) ? user.displayName() : null;
		if (report.school() != null) {
			String address = schools.find(report.school().id()).map(s -> s.address()).orElse(null);
			return new Letterhead(report.school().name(), address, "Kepala Sekolah", person, place);
		}
		String regency = path.stream()
			.filter(r -> r.level() == RegionLevel.REGENCY)
			.map(RegionView::code)
			.findFirst()
			.orElse(null);
		Optional<OfficeView> office = Optional.empty();
		if (user.has(Role.BRANCH_OFFICE) && regency != null) {
			office = offices.branchesCovering(regency).stream().findFirst();
		}
		if (office.isEmpty() && user.has(Role.BALAI)) {
			return new Letterhead(user.displayName(), null, "Kepala " + user.displayName(), null, place);
		}
		for (int i = path.size() - 1; i >= 0 && office.isEmpty(); i--) {
			String code = path.get(i).code();
			office = offices.within(code)
				.stream()
				.filter(o -> o.kind() != OfficeKind.BRANCH && o.regionCode().equals(code))
				.findFirst();
		}
		String title = user.has(Role.SUPERVISOR) ? "Pengawas Sekolah" : null;
		return office.map(
				o -> new Letterhead(o.name(), o.address(), title != null ? title : "Kepala " + o.name(), person, place))
			.orElseGet(() -> new Letterhead("Kombel", null, title != null ? title : "Penanggung jawab", person, place));
	}

}
