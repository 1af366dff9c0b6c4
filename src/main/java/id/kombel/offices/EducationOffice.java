package id.kombel.offices;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

@Entity
@Table(name = "education_office")
class EducationOffice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private OfficeKind kind;

	@Column(name = "region_code")
	private String regionCode;

	private Integer number;

	private String name;

	private String address;

	@ElementCollection
	@CollectionTable(name = "office_regency", joinColumns = @JoinColumn(name = "office_id"))
	@Column(name = "regency_code")
	@OrderBy
	private List<String> regencyCodes = new ArrayList<>();

	protected EducationOffice() {
	}

	static EducationOffice branch(String provinceCode, int number, String name, String address,
			List<String> regencyCodes) {
		EducationOffice office = new EducationOffice();
		office.kind = OfficeKind.BRANCH;
		office.regionCode = provinceCode;
		office.number = number;
		office.name = name;
		office.address = address;
		office.regencyCodes.addAll(regencyCodes);
		return office;
	}

	OfficeView view() {
		return new OfficeView(id, kind, regionCode, number, name, address, List.copyOf(regencyCodes));
	}

}
