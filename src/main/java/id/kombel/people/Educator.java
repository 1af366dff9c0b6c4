package id.kombel.people;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import id.kombel.schools.SchoolView;
import id.kombel.shared.Level;

/** The school's region codes and level are copied here so scope filters need no join. */
@Entity
@Table(name = "educator")
class Educator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String nuptk;

	private String nip;

	private String email;

	private String phone;

	@Enumerated(EnumType.STRING)
	private Position position;

	private String subject;

	@Column(name = "school_id")
	private Long schoolId;

	@Column(name = "district_code")
	private String districtCode;

	@Column(name = "regency_code")
	private String regencyCode;

	@Column(name = "province_code")
	private String provinceCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "school_level")
	private Level level;

	protected Educator() {
	}

	void apply(NewEducator data, String normalisedPhone, SchoolView school) {
		name = data.name().strip();
		nuptk = blankToNull(data.nuptk());
		nip = blankToNull(data.nip());
		email = blankToNull(data.email()) == null ? null : data.email().strip().toLowerCase(Locale.ROOT);
		phone = normalisedPhone;
		position = data.position();
		subject = blankToNull(data.subject());
		placeAt(school);
	}

	void placeAt(SchoolView school) {
		schoolId = school == null ? null : school.id();
		districtCode = school == null ? null : school.districtCode();
		regencyCode = school == null ? null : school.regencyCode();
		provinceCode = school == null ? null : school.provinceCode();
		level = school == null ? null : school.level();
	}

	void moveWithSchool(String district, String regency, String province, Level schoolLevel) {
		districtCode = district;
		regencyCode = regency;
		provinceCode = province;
		level = schoolLevel;
	}

	EducatorView view() {
		return new EducatorView(id, name, nuptk, nip, email, phone, position, subject, schoolId, districtCode, level);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
