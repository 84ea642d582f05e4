package org.veracity.domain.factcheck;

import java.util.List;
import java.util.Optional;

public interface PartnerRepository {

    List<PartnerOrganisation> all();

    Optional<PartnerOrganisation> findByName(String name);

    void store(PartnerOrganisation partner);

    Optional<PartnerOrganisation> findById(long id);
}
