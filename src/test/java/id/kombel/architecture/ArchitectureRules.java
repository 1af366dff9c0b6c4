package id.kombel.architecture;

import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * What Spring Modulith does not see: it checks which types a module exposes, but a public
 * entity or repository in a module's root package (or in a named interface) would pass.
 * These rules take the root package of the modules so that {@link ArchitectureRulesTest}
 * can show each one failing on a planted violation.
 */
final class ArchitectureRules {

	private ArchitectureRules() {
	}

	/** Entities and embeddables are used only inside their module: others hold ids. */
	static ArchRule entitiesStayInTheirModule(String root) {
		return classes().that()
			.areAnnotatedWith(Entity.class)
			.or()
			.areAnnotatedWith(Embeddable.class)
			.should(beUsedOnlyInsideTheirModule(root))
			.as("entities are used only inside their module");
	}

	/** Repositories are used only inside their module: others ask its facade. */
	static ArchRule repositoriesStayInTheirModule(String root) {
		return classes().that()
			.areAssignableTo(Repository.class)
			.and()
			.areInterfaces()
			.should(beUsedOnlyInsideTheirModule(root))
			.as("repositories are used only inside their module");
	}

	/**
	 * Controllers are the outer edge: nothing calls them, not even another controller
	 * (what two controllers share lives in a helper both call). A controller's own nested
	 * types may.
	 */
	static ArchRule nothingCallsAController(String root) {
		return classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should(new ArchCondition<>("be called by nothing but themselves") {
				@Override
				public void check(JavaClass controller, ConditionEvents events) {
					for (Dependency d : controller.getDirectDependenciesToSelf()) {
						JavaClass user = d.getOriginClass();
						JavaClass outer = user.getEnclosingClass().orElse(user);
						if (!outer.equals(controller) && user.getPackageName().startsWith(root)) {
							events.add(SimpleConditionEvent.violated(d, d.getDescription()));
						}
					}
				}
			})
			.as("nothing calls a controller");
	}

	static Set<ArchRule> all(String root) {
		return Set.of(entitiesStayInTheirModule(root), repositoriesStayInTheirModule(root),
				nothingCallsAController(root));
	}

	private static ArchCondition<JavaClass> beUsedOnlyInsideTheirModule(String root) {
		return new ArchCondition<>("be used only inside their module") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				String module = moduleOf(root, type.getPackageName());
				for (Dependency d : type.getDirectDependenciesToSelf()) {
					JavaClass user = d.getOriginClass();
					String other = moduleOf(root, user.getPackageName());
					if (other != null && !other.equals(module)) {
						events.add(SimpleConditionEvent.violated(d, d.getDescription()));
					}
				}
			}
		};
	}

	/**
	 * The module a package belongs to: the first segment under the root, or null outside
	 * it.
	 */
	static String moduleOf(String root, String packageName) {
		if (!packageName.startsWith(root + ".")) {
			return null;
		}
		String rest = packageName.substring(root.length() + 1);
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

}
