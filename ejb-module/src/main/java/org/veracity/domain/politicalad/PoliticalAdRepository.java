package org.veracity.domain.politicalad;

import java.util.List;
import java.util.Optional;

public interface PoliticalAdRepository {

    void store(PoliticalAdBan ban);

    Optional<PoliticalAdBan> findBan(long id);

    /** Every ban, current and past, newest first; few rows. */
    List<PoliticalAdBan> bans();

    /** Bans that concern this region, any dates. */
    List<PoliticalAdBan> bansOf(String region);

    void store(PoliticalAd ad);

    /** The ad library, newest first. */
    List<PoliticalAd> library(int limit);
}
