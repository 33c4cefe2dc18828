package org.garrison.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDesc(long userId);

    Optional<ApiToken> findByIdAndUserId(Long id, long userId);

    @Modifying
    @Query("delete from ApiToken t where t.expiresAt < :cutoff or t.revokedAt < :cutoff")
    int deleteDeadBefore(@Param("cutoff") Instant cutoff);

}
