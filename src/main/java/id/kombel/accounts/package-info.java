/**
 * Accounts, sign-in (password, API tokens, optional OpenID Connect), and the roles with
 * their scopes from which every module decides what an account may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts",
		allowedDependencies = { "offices", "people", "regions", "schools", "shared" })
package id.kombel.accounts;
