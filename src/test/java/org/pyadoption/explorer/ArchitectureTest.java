package org.pyadoption.explorer;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layers point one way: model <- data <- ui, and view models stay free of nodes. */
class ArchitectureTest {

    private static final String ROOT = "org.pyadoption.explorer";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void modelUsesNoJavaFxAndNoOtherLayer() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", ROOT + ".data..", ROOT + ".ui..",
                        "com.google.gson..")
                .check(classes);
    }

    @Test
    void dataUsesNoScenegraphAndNoUi() {
        noClasses().that().resideInAPackage(ROOT + ".data..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", ROOT + ".ui..")
                .check(classes);
    }

    @Test
    void viewModelsUseNoNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(classes);
    }
}
