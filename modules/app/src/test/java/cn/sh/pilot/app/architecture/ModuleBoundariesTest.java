package cn.sh.pilot.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import cn.sh.pilot.contracts.xml.SecureXml;

/**
 * The allowed module graph, checked on the compiled classes and on the Maven build files.
 *
 * <pre>
 *   contracts  ← exchange ← intake, review, projects, acceptance, archive ← app, cli
 * </pre>
 *
 * Business modules talk to each other only through contract types and published
 * events/interfaces; a new edge is a decision to record in docs/adr.
 */
class ModuleBoundariesTest {

    static final String BASE = "cn.sh.pilot.";
    static final List<String> BUSINESS = List.of("intake", "review", "projects", "acceptance", "archive");
    static final List<String> EDGE = List.of("app", "cli");

    /** What each module may use besides itself and the platform (JDK, Jakarta EE, libraries). */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "contracts", Set.of(),
            "exchange", Set.of("contracts"),
            "intake", Set.of("contracts", "exchange"),
            "review", Set.of("contracts", "exchange"),
            "projects", Set.of("contracts", "exchange"),
            "acceptance", Set.of("contracts", "exchange"),
            "archive", Set.of("contracts", "exchange"));

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.sh.pilot");

    static Stream<String> constrainedModules() {
        return ALLOWED.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} uses only the modules it is allowed to")
    @MethodSource("constrainedModules")
    void a_module_uses_only_the_modules_it_is_allowed_to(String module) {
        List<String> forbidden = new ArrayList<>();
        for (String other : allModules()) {
            if (!other.equals(module) && !ALLOWED.get(module).contains(other)) {
                forbidden.add(BASE + other + "..");
            }
        }
        noClasses().that().resideInAPackage(BASE + module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                .because(module + " may use only " + ALLOWED.get(module) + " (DESIGN.md §4)")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void domain_code_never_touches_generated_xml_types() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..")
                .orShould().dependOnClassesThat().haveNameMatching("cn\\.sh\\.pilot\\.contracts\\.\\w+\\.v\\d+\\..*")
                .because("generated contract types meet the domain only in infrastructure/xml mappers")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void application_services_never_reach_into_interfaces_or_infrastructure() {
        noClasses().that().resideInAPackage("cn.sh.pilot.(*).application..")
                .should().dependOnClassesThat().resideInAnyPackage("..interfaces..", "..infrastructure..")
                .because("use cases coordinate; adapters depend on them, not the other way round")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_rules_see_every_module_of_the_build() {
        Set<String> seen = new TreeSet<>();
        CLASSES.forEach(c -> {
            String rest = c.getPackageName().startsWith(BASE) ? c.getPackageName().substring(BASE.length()) : "";
            seen.add(rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest);
        });
        Set<String> expected = new TreeSet<>(ALLOWED.keySet());
        expected.add("app");
        assertThat(seen).as("modules on the app's class path").containsAll(expected);
    }

    @ParameterizedTest(name = "the {0} build file names only allowed modules")
    @MethodSource("constrainedModules")
    void a_build_file_names_only_allowed_modules(String module) throws Exception {
        Path pom = repositoryRoot().resolve("modules").resolve(module).resolve("pom.xml");
        DocumentBuilder builder = SecureXml.documentBuilder();
        Document doc = builder.parse(pom.toFile());
        NodeList deps = doc.getElementsByTagNameNS("*", "dependency");
        Set<String> named = new TreeSet<>();
        for (int i = 0; i < deps.getLength(); i++) {
            Element dep = (Element) deps.item(i);
            String group = dep.getElementsByTagNameNS("*", "groupId").item(0).getTextContent().trim();
            String artifact = dep.getElementsByTagNameNS("*", "artifactId").item(0).getTextContent().trim();
            if (group.equals("cn.sh.pilot") || group.equals("${project.groupId}")) {
                named.add(artifact.replaceFirst("^pilot-", ""));
            }
        }
        assertThat(named).as("sibling modules named in " + pom).isSubsetOf(ALLOWED.get(module));
    }

    static Set<String> allModules() {
        Set<String> all = new TreeSet<>(ALLOWED.keySet());
        all.addAll(EDGE);
        all.addAll(BUSINESS);
        return all;
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("modules"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no modules/ folder above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
