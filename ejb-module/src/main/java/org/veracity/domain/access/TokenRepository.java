package org.veracity.domain.access;

import java.util.List;
import java.util.Optional;

public interface TokenRepository {

    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findByName(String name);

    List<ApiToken> findDemoTokens();

    /** Every token, newest first; with an owner, only that owner's. */
    List<ApiToken> list(String owner);

    void store(ApiToken token);
}
