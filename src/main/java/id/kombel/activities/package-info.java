/**
 * Activities of a community inside its inquiry cycle: scheduling with calendar files,
 * tasks shared among members, attendance by code or roll call, minutes, reflections,
 * certificates, and challenges brought back from training.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities",
		allowedDependencies = { "communities", "shared" })
package id.kombel.activities;
