package id.kombel.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules Spring Modulith does not check, on Kombel's own classes, and each one shown
 * failing on the planted violations in {@code fixtures.arch} (module {@code beta} uses
 * {@code alpha}'s entity and repository, and a service of {@code beta} calls a
 * controller), so a rule that silently matches nothing cannot pass for a kept one.
 */
class ArchitectureRulesTest {

	private static final JavaClasses KOMBEL = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("id.kombel");

	private static final JavaClasses PLANTED = new ClassFileImporter().importPackages("fixtures.arch");

	@Test
	void kombelKeepsEveryRule() {
		assertThat(KOMBEL.size()).isGreaterThan(300);
		for (ArchRule rule : ArchitectureRules.all("id.kombel")) {
			rule.check(KOMBEL);
		}
	}

	@Test
	void entitiesUsedByAnotherModuleAreCaught() {
		assertThat(violations(ArchitectureRules.entitiesStayInTheirModule("fixtures.arch")))
			.anyMatch(v -> v.contains("BetaService") && v.contains("AlphaEntity"))
			.noneMatch(v -> v.contains("AlphaService"));
	}

	@Test
	void repositoriesUsedByAnotherModuleAreCaught() {
		assertThat(violations(ArchitectureRules.repositoriesStayInTheirModule("fixtures.arch")))
			.anyMatch(v -> v.contains("BetaService") && v.contains("AlphaRepository"))
			.noneMatch(v -> v.contains("AlphaService"));
	}

	@Test
	void aServiceCallingAControllerIsCaught() {
		assertThat(violations(ArchitectureRules.nothingCallsAController("fixtures.arch")))
			.anyMatch(v -> v.contains("BetaService") && v.contains("AlphaController"));
	}

	private static java.util.List<String> violations(ArchRule rule) {
		EvaluationResult result = rule.evaluate(PLANTED);
		assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
		return result.getFailureReport().getDetails();
	}

}
