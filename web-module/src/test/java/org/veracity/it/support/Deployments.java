package org.veracity.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR that `mvn package` built, as Payara Micro runs it, plus the test-only clock, fixtures and jobs. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive veracity() {
        File war = new File(System.getProperty("veracity.it.war", "target/veracity.war"));
        // ROOT.war: Payara Micro serves it at "/", as the run script does with --contextroot /.
        return InterruptedExpiry.addTo(ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war))
                .addClasses(AdjustableClock.class, TestControlResource.class, RfhTestControlResource.class)
                .addClasses(EnforcementTestControlResource.class)
                .addClasses(MovementTestControlResource.class)
                .addClasses(CopiesTestControlResource.class)
                .addClasses(AdjustableDeliverySettings.class, OutboxTestControlResource.class)
                .addClasses(DisclosureTestControlResource.class)
                .addClasses(TransparencyTestControlResource.class)
                .addClasses(EscalationTestControlResource.class, NoticeCounter.class)
                .addClasses(CoordinationTestControlResource.class)
                .addClasses(ProjectionTestControlResource.class));
    }
}
