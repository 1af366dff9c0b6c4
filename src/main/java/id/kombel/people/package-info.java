/**
 * Educators (PTK): teachers, principals, supervisors and staff with their NUPTK/NIP,
 * school and contact, seen only within an account's scope; imported from CSV by
 * administrators.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "schools", "shared" })
package id.kombel.people;
