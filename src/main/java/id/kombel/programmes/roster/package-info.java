/** Exposed to the demo dataset, which seeds through this package's services. */
@org.springframework.modulith.NamedInterface("roster")
package id.kombel.programmes.roster;
