package id.kombel;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds (no cycles, no reaching into internals) and its documentation is written. */
class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(KombelApplication.class);

	@Test
	void modulesAreWellFormed() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
	}
}
