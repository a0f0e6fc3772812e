package com.allaccessartist;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of DESIGN.md, checked on the compiled classes. Plain JUnit tests (not the
 * ArchUnit engine's {@code @ArchTest} fields), so Surefire's {@code -Dtest=} filter runs them.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // also when the build folder is not target/ (-Dbuild.dir=...)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPackages("com.allaccessartist");
    }

    static final ArchRule viewsDoNotTouchServicesPersistenceOrHibernate = noClasses()
            .that().resideInAPackage("..ui..").and().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..allaccessartist.service..", "..allaccessartist.persistence..", "org.hibernate..", "jakarta.persistence..")
            .because("a View only lays out and binds; its ViewModel calls the services");

    static final ArchRule viewModelsAndCommandsHoldNoControls = noClasses()
            .that().resideInAPackage("..ui..")
            .and().haveSimpleNameEndingWith("ViewModel")
            .or().haveSimpleNameEndingWith("Action")
            .or().haveSimpleNameEndingWith("Editor")
            .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
            .because("ViewModels and menu commands are tested with plain JUnit, without a toolkit");

    static final ArchRule servicesPersistenceAndDomainKnowNoJavaFx = noClasses()
            .that().resideInAnyPackage("..allaccessartist.service..", "..allaccessartist.persistence..",
                    "..allaccessartist.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..", "org.kordamp..")
            .because("the same services run under the CLI");

    static final ArchRule domainDependsOnNothingAboveIt = noClasses()
            .that().resideInAPackage("..allaccessartist.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..allaccessartist.service..",
                    "..allaccessartist.persistence..", "..allaccessartist.ui..", "..allaccessartist.app..",
                    "..allaccessartist.cli..");

    static final ArchRule hibernateOnlyInPersistenceServicesAndEntities = noClasses()
            .that().resideOutsideOfPackages("..allaccessartist.persistence..", "..allaccessartist.service..",
                    "..allaccessartist.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..");

    static final ArchRule onlyTheTaskExecutorCreatesThreads = noClasses()
            .that().resideOutsideOfPackages("..allaccessartist.ui.common..", "..allaccessartist.app..")
            .should().callConstructorWhere(target(owner(assignableTo(Thread.class))))
            .orShould().callConstructorWhere(target(owner(assignableTo(ExecutorService.class))))
            .orShould().callMethodWhere(target(owner(type(Executors.class))))
            .orShould().callMethodWhere(target(owner(type(CompletableFuture.class))).and(target(nameMatching(".*Async"))))
            .because("background work goes through the one TaskExecutor, which never interrupts H2");

    @Test
    void viewsDoNotTouchServicesPersistenceOrHibernate() {
        viewsDoNotTouchServicesPersistenceOrHibernate.check(classes);
    }

    @Test
    void viewModelsAndCommandsHoldNoControls() {
        viewModelsAndCommandsHoldNoControls.check(classes);
    }

    @Test
    void servicesPersistenceAndDomainKnowNoJavaFx() {
        servicesPersistenceAndDomainKnowNoJavaFx.check(classes);
    }

    @Test
    void domainDependsOnNothingAboveIt() {
        domainDependsOnNothingAboveIt.check(classes);
    }

    @Test
    void hibernateOnlyInPersistenceServicesAndEntities() {
        hibernateOnlyInPersistenceServicesAndEntities.check(classes);
    }

    @Test
    void onlyTheTaskExecutorCreatesThreads() {
        onlyTheTaskExecutorCreatesThreads.check(classes);
    }
}
