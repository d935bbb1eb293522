package id.lunas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The map of Lunas, kept: web -> service -> domain, each floor with only its own kind of types.
 * The web module's test classpath holds all three modules' classes, so the rules see everything.
 * Each rule was seen to fail on a deliberate violation before it was trusted; how to provoke it again
 * is said next to it.
 */
class ArchitectureTest {

    private static JavaClasses lunas;

    @BeforeAll
    static void importLunas() {
        lunas = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.lunas");
    }

    /**
     * The rules must work without a container, so they are unit-tested and reused by every edge.
     * Violate: import jakarta.ejb.Stateless in CustomerPayment.
     */
    @Test
    void theDomainKnowsNothingOfEjbRestFacesOrServlets() {
        noClasses().that().resideInAPackage("id.lunas.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.ws.rs..", "jakarta.faces..",
                        "jakarta.servlet..", "jakarta.enterprise..", "jakarta.inject..")
                .check(lunas);
    }

    /** The floors depend downwards only. Violate: use a web class from a service. */
    @Test
    void theDomainUsesNoServiceOrWebAndServicesUseNoWeb() {
        noClasses().that().resideInAPackage("id.lunas.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("id.lunas.service..", "id.lunas.web..")
                .check(lunas);
        noClasses().that().resideInAPackage("id.lunas.service..")
                .should().dependOnClassesThat().resideInAPackage("id.lunas.web..")
                .check(lunas);
    }

    /**
     * A use case is the same whether the REST API or a screen asks for it, so services speak
     * neither HTTP nor Faces. Violate: return a jakarta.ws.rs.core.Response from a service.
     */
    @Test
    void servicesKnowNothingOfRestOrFaces() {
        noClasses().that().resideInAPackage("id.lunas.service..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..", "org.primefaces..")
                .check(lunas);
    }

    /**
     * Resources and backing beans translate; they change nothing themselves, so they see views, not
     * entities or the EntityManager. Violate: inject an EntityManager into a backing bean.
     */
    @Test
    void theWebNeverTouchesEntitiesOrTheEntityManager() {
        noClasses().that().resideInAPackage("id.lunas.web..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(lunas);
    }

    /** Features within a module must not lean on each other in a circle. Violate: make a domain giro class use CustomerPayment. */
    @Test
    void noPackageCycles() {
        slices().matching("id.lunas.(*).(*)..").should().beFreeOfCycles().check(lunas);
    }

    /**
     * Authorization lives at the service boundary: whoever calls (REST, a screen, a timer), the
     * service decides. Violate: add a public method without @RolesAllowed to a @Stateless service.
     */
    @Test
    void everyPublicMethodOfAStatelessServiceDeclaresItsRoles() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().arePublic().and().doNotHaveModifier(JavaModifier.STATIC)
                .should(declareRoles())
                .check(lunas);
    }

    /**
     * AsSystem lends the role ADMIN to work that has no caller; only start-up and timer beans may
     * ask for it. Violate: inject AsSystem into a resource.
     */
    @Test
    void onlyStartUpBeansRunAsTheSystem() {
        noClasses().that().areNotAnnotatedWith(Startup.class).and().doNotHaveSimpleName("AsSystem")
                .should().dependOnClassesThat().haveSimpleName("AsSystem")
                .check(lunas);
    }

    private static ArchCondition<JavaMethod> declareRoles() {
        return new ArchCondition<>("declare @RolesAllowed or @PermitAll, on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = method.isAnnotatedWith(RolesAllowed.class) || method.isAnnotatedWith(PermitAll.class)
                        || method.getOwner().isAnnotatedWith(RolesAllowed.class)
                        || method.getOwner().isAnnotatedWith(PermitAll.class);
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " declares no roles"));
                }
            }
        };
    }
}
