package org.veracity.domain.access;

import java.util.List;
import java.util.Optional;

public interface TokenRepository {

    Optional<ApiToken> findBySecretHash(String secretHash);

    Optional<ApiToken> findByName(String name);

    List<ApiToken> findDemoTokens();

    void store(ApiToken token);
}
