package org.veracity.interfaces.transparency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.veracity.application.PolicyCatalogService;
import org.veracity.application.PolicyCatalogService.PolicyView;

/** The public policy catalogue (R23): every policy with every version and its effective date. */
@Named
@RequestScoped
public class PolicyCatalogBean {

    @Inject
    PolicyCatalogService catalog;

    private List<PolicyView> policies;

    public List<PolicyView> getPolicies() {
        if (policies == null) {
            policies = catalog.catalogue();
        }
        return policies;
    }
}
