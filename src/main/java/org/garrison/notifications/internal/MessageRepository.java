package org.garrison.notifications.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface MessageRepository extends ListCrudRepository<Message, Long> {

    /** A user's messages: unread first, then the newest. */
    @Query(value = "select m from Message m where m.userId = :userId order by case when m.readAt is null then 0 else 1 end, m.createdAt desc, m.id desc",
            countQuery = "select count(m) from Message m where m.userId = :userId")
    Page<Message> inbox(@Param("userId") long userId, Pageable pageable);

    /** A user's unread messages, the newest first. */
    Page<Message> findByUserIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(long userId, Pageable pageable);

    Optional<Message> findByIdAndUserId(long id, long userId);

    long countByUserIdAndReadAtIsNull(long userId);

    /** Every recipient's alert with the link that still asks for acknowledgement. */
    List<Message> findByLinkAndNeedsAckTrueAndAcknowledgedAtIsNull(String link);

    @Modifying
    @Query("update Message m set m.readAt = :now where m.userId = :userId and m.readAt is null")
    int markAllRead(@Param("userId") long userId, @Param("now") Instant now);

}
