/** Exposed to the demo dataset, which seeds through this package's services. */
@org.springframework.modulith.NamedInterface("checkin")
package id.kombel.programmes.checkin;
