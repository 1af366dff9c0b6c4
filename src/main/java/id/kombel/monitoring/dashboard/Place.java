package id.kombel.monitoring.dashboard;

/**
 * The area a dashboard shows: the nation, a region (by Kemendagri code) or one school.
 *
 * @param level NATION, PROVINCE, REGENCY, DISTRICT or SCHOOL
 * @param schoolId the school, when {@code level} is SCHOOL
 */
public record Place(String code, String name, String level, Long schoolId, String parentCode) {

	public static final String NATION = "NATION";

	public boolean nation() {
		return NATION.equals(level);
	}

	public boolean school() {
		return "SCHOOL".equals(level);
	}

	/** The request parameter that opens this place. */
	public String query() {
		return school() ? "school=" + schoolId : nation() ? "" : "region=" + code;
	}

}
