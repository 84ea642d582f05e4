package org.veracity.application;

import java.time.Instant;
import java.util.List;

/** The public policy catalogue (R14, R23). */
public interface PolicyCatalogService {

    List<PolicyView> catalogue();

    record PolicyView(String code, String name, String ruleRef, String description, List<VersionView> versions) {
        public PolicyView {
            versions = List.copyOf(versions);
        }
    }

    record VersionView(String reference, int number, Instant effectiveFrom, String summary) {
    }
}
