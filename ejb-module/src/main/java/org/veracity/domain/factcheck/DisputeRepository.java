package org.veracity.domain.factcheck;

import java.util.List;
import java.util.Optional;

public interface DisputeRepository {

    void store(Dispute dispute);

    Optional<Dispute> find(long id);

    List<Dispute> open();

    List<Dispute> forRating(Rating rating);
}
