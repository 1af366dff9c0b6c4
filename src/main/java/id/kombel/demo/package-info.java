/**
 * The demo dataset (Sumatera Utara), seeded into an empty database when {@code kombel.demo=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package id.kombel.demo;
