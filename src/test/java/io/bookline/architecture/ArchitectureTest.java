package io.bookline.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.bookline.App;
import io.bookline.Components;
import io.bookline.HttpApi;

/**
 * The package rules of docs/architecture.md, checked on the compiled classes: packages depend on
 * each other in one direction only, and the core (booking, understanding, session, processor) stays
 * free of the web framework, of JSON trees and of the clients it does not own.
 */
@AnalyzeClasses(
    packages = "io.bookline",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {
  static final String[] CORE = {
    "io.bookline.booking..",
    "io.bookline.understanding..",
    "io.bookline.session..",
    "io.bookline.processor.."
  };

  @ArchTest
  static final ArchRule packages_form_no_cycle =
      slices().matching("io.bookline.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule no_part_depends_on_the_composition_root =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.bookline")
          .should()
          .dependOnClassesThat()
          .belongToAnyOf(App.class, Components.class, HttpApi.class);

  @ArchTest
  static final ArchRule the_core_never_imports_javalin =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.javalin..");

  /** Not even the session codec: it binds the stored shape to records (ADR 0009). */
  @ArchTest
  static final ArchRule the_core_never_handles_json_trees =
      noClasses()
          .that()
          .resideInAnyPackage(CORE)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson.databind.node..")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.databind.JsonNode");

  @ArchTest
  static final ArchRule booking_never_sees_json =
      noClasses()
          .that()
          .resideInAPackage("io.bookline.booking..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule only_the_session_tier_the_signals_and_the_rate_counter_talk_to_redis =
      noClasses()
          .that()
          .resideOutsideOfPackages("io.bookline.session..", "io.bookline.signal..")
          .and()
          .doNotHaveFullyQualifiedName("io.bookline.ingress.RateCounter")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.lettuce..");

  @ArchTest
  static final ArchRule only_understanding_talks_to_the_llm_client =
      noClasses()
          .that()
          .resideOutsideOfPackage("io.bookline.understanding..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.openai..");

  @ArchTest
  static final ArchRule the_backoff_policy_imports_nothing_of_bookline =
      noClasses()
          .that()
          .resideInAPackage("io.bookline.retry..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("io.bookline..").and(resideOutsideOfPackage("io.bookline.retry..")));
}
