/**
 * Value types, validation and web plumbing every module shares: levels, access scopes,
 * identifier checks, lenient CSV reading, problem details and locale handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package id.kombel.shared;
