package nl.kring.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The network domain stays pure; reading and HTTP stay at the edges. */
class NetworkModuleStructureTest {

    private final JavaClasses network = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.kring.network");

    @Test
    void theDomainUsesOnlyJavaAndJGraphT() {
        classes().that().resideInAPackage("nl.kring.network.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jgrapht..", "nl.kring.network.domain..")
                .check(network);
    }

    @Test
    void readersAndWritersKnowNothingOfSpringOrHttp() {
        noClasses().that().resideInAPackage("nl.kring.network.io..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "nl.kring.network.api..")
                .check(network);
    }
}
