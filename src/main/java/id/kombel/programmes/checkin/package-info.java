/**
 * Check-in at the venue. Exposed to the demo dataset, which checks its first participants
 * in through {@code EventCheckIns} (and its {@code Request}); the rest of the package is
 * not public.
 */
@org.springframework.modulith.NamedInterface("checkin")
package id.kombel.programmes.checkin;
