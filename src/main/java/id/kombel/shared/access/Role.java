package id.kombel.shared.access;

/** What an account may do, each with the scope it is granted over. */
public enum Role {

	/** Sees their own record. */
	TEACHER,
	/** Sees one school. */
	PRINCIPAL,
	/** Sees the schools listed for them. */
	SUPERVISOR,
	/** Dinas Pendidikan of a regency: all schools in it. */
	REGENCY_OFFICE,
	/** Cabang Dinas Wilayah: SMA/SMK/SLB in the regencies it covers. */
	BRANCH_OFFICE,
	/** Balai (BBGP): a province. */
	BALAI,
	/** Everything. */
	ADMIN

}
