package org.garrison.servicedesk.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface OpinionCardRepository extends JpaRepository<OpinionCard, Long> {

    List<OpinionCard> findTop200BySiteIdInOrderByWrittenOnDescIdDesc(Collection<Long> siteIds);

    List<OpinionCard> findTop200ByOrderByWrittenOnDescIdDesc();

    List<OpinionCard> findByKindAndWrittenOnBetweenOrderByWrittenOnAsc(OpinionCard.Kind kind, LocalDate from,
            LocalDate to);

}
