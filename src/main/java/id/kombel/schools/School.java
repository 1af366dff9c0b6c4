package id.kombel.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.kombel.shared.Level;

@Entity
@Table(name = "school")
class School {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String npsn;

	private String name;

	@Enumerated(EnumType.STRING)
	private Level level;

	@Enumerated(EnumType.STRING)
	private SchoolStatus status;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "regency_code")
	private String regencyCode;

	@Column(name = "province_code")
	private String provinceCode;

	private String address;

	protected School() {
	}

	School(String npsn) {
		this.npsn = npsn;
	}

	/** Applies the data; answers whether the school moved (district or level changed). */
	boolean apply(NewSchool data) {
		boolean moved = id != null && (!data.districtCode().equals(districtCode) || data.level() != level);
		name = data.name().strip();
		level = data.level();
		status = data.status();
		districtCode = data.districtCode();
		regencyCode = districtCode.substring(0, 5);
		provinceCode = districtCode.substring(0, 2);
		address = data.address() == null || data.address().isBlank() ? null : data.address().strip();
		return moved;
	}

	Long id() {
		return id;
	}

	String npsn() {
		return npsn;
	}

	SchoolView view() {
		return new SchoolView(id, npsn, name, level, status, districtCode, regencyCode, provinceCode, address);
	}

	SchoolMoved moved() {
		return new SchoolMoved(id, districtCode, regencyCode, provinceCode, level);
	}

}
