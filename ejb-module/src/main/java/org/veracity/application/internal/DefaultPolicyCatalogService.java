package org.veracity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import java.util.List;
import org.veracity.application.PolicyCatalogService;
import org.veracity.domain.policy.PolicyRepository;

@Stateless
@Interceptors(UseCaseValidation.class)
public class DefaultPolicyCatalogService implements PolicyCatalogService {

    @Inject
    PolicyRepository policies;

    @Override
    public List<PolicyView> catalogue() {
        return policies.catalogue().stream().map(p -> new PolicyView(p.getCode(), p.getName(), p.getRuleRef(),
                p.getDescription(), p.getVersions().stream().map(v -> new VersionView(v.reference(), v.getNumber(),
                        v.getEffectiveFrom(), v.getSummary())).toList())).toList();
    }
}
