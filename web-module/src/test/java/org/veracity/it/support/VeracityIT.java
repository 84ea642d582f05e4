package org.veracity.it.support;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every integration test over HTTP starts from: the real WAR deployed on Payara Micro, a client
 * for its API, and the test clock back at the real time before and after each test.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class VeracityIT {

    @ArquillianResource
    protected URL base;

    protected Api api;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return Deployments.veracity();
    }

    @BeforeEach
    void connectApi() {
        api = new Api(base);
        api.resetClock();
    }

    @AfterEach
    void disconnectApi() {
        api.resetClock();
        api.close();
    }
}
