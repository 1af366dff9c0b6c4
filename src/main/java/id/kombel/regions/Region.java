package id.kombel.regions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "region")
class Region {

	@Id
	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private RegionLevel level;

	@Column(name = "parent_code")
	private String parentCode;

	@Column(name = "dapodik_code")
	private String dapodikCode;

	protected Region() {
	}

	RegionView view() {
		return new RegionView(code, name, level, parentCode, dapodikCode);
	}

}
