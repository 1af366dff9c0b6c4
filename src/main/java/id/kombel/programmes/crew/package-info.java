/** Exposed to the demo dataset, which seeds through this package's services. */
@org.springframework.modulith.NamedInterface("crew")
package id.kombel.programmes.crew;
