package cn.sh.pilot.intake;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layering of this module, checked here as well as in the app's module graph test. */
class IntakeArchitectureTest {

    private static final String GENERATED = "cn\\.sh\\.pilot\\.contracts\\.\\w+\\.v\\d+\\..*";

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.sh.pilot.intake");

    @Test
    void generated_contract_types_appear_only_in_the_xml_mapping() {
        noClasses().that().resideOutsideOfPackage("cn.sh.pilot.intake.infrastructure.xml..")
                .should().dependOnClassesThat().haveNameMatching(GENERATED)
                .orShould().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..")
                .check(classes);
    }

    @Test
    void use_cases_never_reach_into_infrastructure_or_interfaces() {
        noClasses().that().resideInAPackage("cn.sh.pilot.intake.application..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..interfaces..")
                .check(classes);
    }

    @Test
    void the_domain_depends_on_no_other_layer() {
        noClasses().that().resideInAPackage("cn.sh.pilot.intake.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "cn.sh.pilot.intake.application..", "cn.sh.pilot.intake.infrastructure..", "jakarta..")
                .check(classes);
    }
}
