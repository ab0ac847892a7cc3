package org.parley;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/** Parley's stages depend only on the stages before them; library types stay in their stage. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void stagesDependOnlyOnEarlierStages() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("domain").definedBy("org.parley.domain..")
                .layer("config").definedBy("org.parley.config..")
                .layer("source").definedBy("org.parley.source..")
                .layer("nlp").definedBy("org.parley.nlp..")
                .layer("extract").definedBy("org.parley.extract..")
                .layer("resolve").definedBy("org.parley.resolve..")
                .layer("graph").definedBy("org.parley.graph..")
                .layer("store").definedBy("org.parley.store..")
                .layer("web").definedBy("org.parley.web..")
                .layer("edges").definedBy("org.parley.ingest..", "org.parley.cli..", "org.parley.schedule..")
                .whereLayer("edges").mayNotBeAccessedByAnyLayer()
                .whereLayer("web").mayOnlyBeAccessedByLayers("edges")
                .whereLayer("store").mayOnlyBeAccessedByLayers("web", "edges")
                .whereLayer("graph").mayOnlyBeAccessedByLayers("store", "web", "edges")
                .whereLayer("resolve").mayOnlyBeAccessedByLayers("graph", "store", "web", "edges")
                .whereLayer("extract").mayOnlyBeAccessedByLayers("resolve", "graph", "store", "web", "edges")
                .whereLayer("nlp").mayOnlyBeAccessedByLayers("extract", "resolve", "graph", "store", "web", "edges")
                .whereLayer("source").mayOnlyBeAccessedByLayers("nlp", "extract", "resolve", "graph", "store", "web", "edges")
                .check(CLASSES);
    }

    @Test
    void domainRecordsUseNoLibraries() {
        noClasses().that().resideInAPackage("org.parley.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.jena..", "edu.stanford..", "org.eclipse.rdf4j..",
                        "jakarta..", "io.quarkus..")
                .check(CLASSES);
    }

    @Test
    void coreNlpStaysInTheNlpStage() {
        noClasses().that().resideOutsideOfPackage("org.parley.nlp..")
                .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
                .check(CLASSES);
    }

    @Test
    void rdf4jStaysInTheRemoteStore() {
        noClasses().that().resideOutsideOfPackage("org.parley.store.remote..")
                .should().dependOnClassesThat().resideInAPackage("org.eclipse.rdf4j..")
                .check(CLASSES);
    }

    @Test
    void jenaIsUsedFromTheGraphStageOn() {
        noClasses().that().resideInAnyPackage("org.parley.source..", "org.parley.nlp..", "org.parley.extract..",
                        "org.parley.resolve..", "org.parley.domain..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
                .check(CLASSES);
    }
}
