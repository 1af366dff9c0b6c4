package id.kombel.shared.access;

/** A principal of another kind (an OpenID Connect user) that carries a Kombel user. */
public interface KombelPrincipal {

	KombelUser kombelUser();

}
