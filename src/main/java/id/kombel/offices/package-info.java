/**
 * Education offices: the Dinas Pendidikan of each province and regency/city, and the
 * numbered branch offices (Cabang Dinas Wilayah) of a province, each covering listed
 * regencies.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offices", allowedDependencies = { "regions", "shared" })
package id.kombel.offices;
