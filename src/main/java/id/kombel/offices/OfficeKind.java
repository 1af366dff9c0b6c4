package id.kombel.offices;

/** A province's office, a regency/city's office, or a province's branch office. */
public enum OfficeKind {

	PROVINCE, REGENCY, BRANCH

}
