package id.kombel.knowledge;

/** Kinds of perangkat ajar; the label is indexed so "modul ajar" finds the modules. */
public enum MaterialKind {

	MODUL_AJAR("modul ajar"), ATP("alur tujuan pembelajaran ATP"), ASESMEN("asesmen"),
	LKPD("lembar kerja peserta didik LKPD"), MEDIA("media pembelajaran"), OTHER("perangkat ajar");

	private final String label;

	MaterialKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
