package org.veracity.domain.breakglass;

import java.util.List;
import java.util.Optional;

public interface BreakGlassRepository {

    List<BreakGlassMeasure> all();

    Optional<BreakGlassMeasure> find(long id);

    Optional<BreakGlassMeasure> findByName(String name);

    /** The measure's activation that has not ended, if it is active. */
    Optional<BreakGlassActivation> openActivation(BreakGlassMeasure measure);

    /** Every activation of every measure, newest first. */
    List<BreakGlassActivation> history();

    void store(BreakGlassMeasure measure);

    void store(BreakGlassActivation activation);
}
