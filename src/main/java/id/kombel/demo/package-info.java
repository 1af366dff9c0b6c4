/**
 * The demo dataset (Sumatera Utara), seeded into an empty database when
 * {@code kombel.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
		allowedDependencies = { "accounts", "activities", "communities", "knowledge", "offices", "people", "programmes",
				"programmes :: roster", "programmes :: checkin", "programmes :: crew", "regions", "schools", "shared" })
package id.kombel.demo;
