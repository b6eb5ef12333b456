package nl.kring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Module boundaries: each package directly under {@code nl.kring} is a capability. Its root package and
 * its pure {@code domain} package are its public API; its other subpackages are internal. Modules do not form cycles, and domain cores stay free
 * of framework and persistence types.
 */
class ArchitectureTest {

    static final JavaClasses KRING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kring");

    static String module(JavaClass type) {
        var rest = type.getPackageName().substring("nl.kring".length());
        if (rest.isEmpty()) {
            return "";
        }
        var parts = rest.substring(1).split("\\.");
        return parts[0];
    }

    /**
     * A module publishes its root package and its pure {@code domain} package (immutable records and
     * rules, no framework); {@code store}, {@code web}, {@code api}, {@code io} and the rest are internal.
     */
    static boolean internal(JavaClass type) {
        var parts = type.getPackageName().split("\\.");
        return parts.length > 3 && !(parts.length >= 4 && parts[3].equals("domain"));
    }

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        noClasses().should(new ArchCondition<JavaClass>("reach into another module's internals") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (var dependency : origin.getDirectDependenciesFromSelf()) {
                    var target = dependency.getTargetClass();
                    if (!target.getPackageName().startsWith("nl.kring.") || target.getPackageName().equals("nl.kring")) {
                        continue;
                    }
                    var from = module(origin);
                    var to = module(target);
                    if (!from.equals(to) && internal(target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).check(KRING);
    }

    @Test
    void modulesDoNotDependOnEachOtherInCycles() {
        slices().matching("nl.kring.(*)..").should().beFreeOfCycles().check(KRING);
    }

    @Test
    void domainCoresAreFreeOfFrameworkAndPersistenceTypes() {
        noClasses().that().resideInAPackage("nl.kring..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "java.sql..", "javax.sql..", "tools.jackson..", "com.fasterxml..")
                .check(KRING);
    }

    @Test
    void thePlatformDependsOnNoCapability() {
        noClasses().that().resideInAPackage("nl.kring.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "nl.kring.identity..", "nl.kring.family..", "nl.kring.audit..", "nl.kring.admin..", "nl.kring.home..",
                        "nl.kring.demo..", "nl.kring.network..")
                .check(KRING);
    }

    @Test
    void onlyStoresTalkToTheDatabase() {
        noClasses().that().resideOutsideOfPackages("nl.kring..store..", "nl.kring.platform..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
                .check(KRING);
    }
}
