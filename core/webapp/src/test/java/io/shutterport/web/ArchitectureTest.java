package io.shutterport.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package lines of STYLE.md, held by the build. */
class ArchitectureTest {
  private static final List<String> FEATURES =
      List.of(
          "tenant",
          "identity",
          "catalog",
          "booking",
          "payment",
          "messaging",
          "gallery",
          "notification");

  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.shutterport");
  }

  @Test
  void theSpiDependsOnTheJdkAndPf4jOnly() {
    classes()
        .that()
        .resideInAPackage("io.shutterport.spi..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("io.shutterport.spi..", "java..", "org.pf4j..")
        .check(classes);
  }

  @Test
  void onlyThePluginHostImportsPf4j() {
    noClasses()
        .that()
        .resideOutsideOfPackages("io.shutterport.platform.plugin..", "io.shutterport.spi..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.pf4j..")
        .check(classes);
  }

  @Test
  void onlyInfrastructureImportsRedisson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("..infrastructure..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.redisson..")
        .check(classes);
  }

  @Test
  void theCoreNeverNamesAPluginClass() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.shutterport.plugin..")
        .check(classes);
  }

  @Test
  void featuresMeetOnlyThroughTheirRootPackage() {
    for (String feature : FEATURES) {
      ArchRule rule =
          noClasses()
              .that()
              .resideOutsideOfPackage("io.shutterport." + feature + "..")
              .should()
              .dependOnClassesThat()
              .resideInAnyPackage(
                  "io.shutterport." + feature + ".domain..",
                  "io.shutterport." + feature + ".infrastructure..",
                  "io.shutterport." + feature + ".application..")
              .as(feature + " is reached only through its root package");
      rule.check(classes);
    }
  }

  @Test
  void theEngineNeverReachesIntoTheWebLayer() {
    noClasses()
        .that()
        .resideOutsideOfPackage("io.shutterport.web..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.shutterport.web..")
        .check(classes);
  }

  @Test
  void platformPlumbingDependsOnNoFeature() {
    for (String feature : FEATURES) {
      noClasses()
          .that()
          .resideInAPackage("io.shutterport.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.shutterport." + feature + "..")
          .check(classes);
    }
  }

  @Test
  void everyEndpointDeclaresWhoMayCallIt() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods()
        .that()
        .areAnnotatedWith(jakarta.ws.rs.GET.class)
        .or()
        .areAnnotatedWith(jakarta.ws.rs.POST.class)
        .or()
        .areAnnotatedWith(jakarta.ws.rs.PUT.class)
        .or()
        .areAnnotatedWith(jakarta.ws.rs.DELETE.class)
        .should(
            new com.tngtech.archunit.lang.ArchCondition<
                com.tngtech.archunit.core.domain.JavaMethod>(
                "be annotated, or sit in a class annotated, with @RolesAllowed or @PermitAll") {
              @Override
              public void check(
                  com.tngtech.archunit.core.domain.JavaMethod method,
                  com.tngtech.archunit.lang.ConditionEvents events) {
                boolean declared =
                    method.isAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                        || method.isAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                        || method
                            .getOwner()
                            .isAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                        || method
                            .getOwner()
                            .isAnnotatedWith(jakarta.annotation.security.PermitAll.class);
                if (!declared) {
                  events.add(
                      com.tngtech.archunit.lang.SimpleConditionEvent.violated(
                          method, method.getFullName() + " says nothing about roles"));
                }
              }
            })
        .check(classes);
  }

  @Test
  void featuresAreFreeOfCycles() {
    slices().matching("io.shutterport.(*)..").should().beFreeOfCycles().check(classes);
  }
}
