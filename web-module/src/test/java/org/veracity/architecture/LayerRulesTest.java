package org.veracity.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.ApplicationException;
import java.util.stream.Stream;

/**
 * The layer rules each {@code package-info.java} states, held for the classes of all three modules (this module's
 * test class path has them all): the domain knows nothing above it; application services reach the database only
 * through repositories and never hand out entities; boundaries (resources, pages, jobs) call application services
 * and decide nothing (the demo loader is one of them); the desk never depends on the batch module.
 */
@AnalyzeClasses(packages = "org.veracity", importOptions = {ImportOption.DoNotIncludeTests.class,
        LayerRulesTest.MainCodeOnly.class})
class LayerRulesTest {

    /**
     * Two domain exceptions carry {@code @ApplicationException(rollback = true)}, so that a refusal reaches the caller
     * as itself and undoes the transaction: an annotation the container reads, no call into it.
     */
    @ArchTest
    static final ArchRule the_domain_knows_nothing_above_it = noClasses().that().resideInAPackage("org.veracity.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("org.veracity.application..",
                    "org.veracity.infrastructure..", "org.veracity.interfaces..", "jakarta.ws.rs..", "jakarta.faces..",
                    "jakarta.batch..")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("jakarta.ejb")
                    .and(DescribedPredicate.not(JavaClass.Predicates.equivalentTo(ApplicationException.class))));

    @ArchTest
    static final ArchRule application_services_reach_the_database_only_through_repositories = noClasses().that()
            .resideInAPackage("org.veracity.application..").should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.hibernate..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.PersistenceContext");

    @ArchTest
    static final ArchRule application_services_never_hand_out_entities = methods().that().areDeclaredInClassesThat()
            .resideInAPackage("org.veracity.application").and().areDeclaredInClassesThat().areInterfaces()
            .and().arePublic().should(new ArchCondition<>("neither take nor return a JPA entity") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Stream.concat(method.getReturnType().getAllInvolvedRawTypes().stream(),
                                    method.getParameters().stream().flatMap(p -> p.getType().getAllInvolvedRawTypes().stream()))
                            .filter(type -> type.isAnnotatedWith("jakarta.persistence.Entity")).distinct()
                            .forEach(entity -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " exposes the entity " + entity.getName())));
                }
            });

    @ArchTest
    static final ArchRule repositories_and_infrastructure_serve_the_application_not_the_reverse = noClasses().that()
            .resideInAnyPackage("org.veracity.infrastructure.persistence..", "org.veracity.infrastructure.config..")
            .should().dependOnClassesThat().resideInAnyPackage("org.veracity.application..", "org.veracity.interfaces..");

    /** The database readiness check excepted: probing a connection is what it is for. */
    @ArchTest
    static final ArchRule boundaries_call_use_cases_not_their_implementations = noClasses().that()
            .resideInAPackage("org.veracity.interfaces..").and().doNotHaveSimpleName("DatabaseReadiness").should().dependOnClassesThat()
            .resideInAnyPackage("org.veracity.application.internal..", "org.veracity.infrastructure.persistence..",
                    "java.sql..", "org.hibernate..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.veracity.domain..")
                    .and(JavaClass.Predicates.simpleNameEndingWith("Repository")));

    @ArchTest
    static final ArchRule the_desk_and_the_api_never_depend_on_the_batch_module = noClasses().that()
            .resideInAnyPackage("org.veracity.interfaces.web..", "org.veracity.interfaces.rest..",
                    "org.veracity.interfaces.transparency..")
            .should().dependOnClassesThat().resideInAPackage("org.veracity.interfaces.batch..");

    /** Main code only: the ejb-module's test jar on this class path holds fixtures, not layers. */
    static final class MainCodeOnly implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("-tests.jar") && !location.contains("/test-classes/");
        }
    }

}
