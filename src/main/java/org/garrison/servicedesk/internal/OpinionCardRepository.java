package org.garrison.servicedesk.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface OpinionCardRepository extends JpaRepository<OpinionCard, Long>, JpaSpecificationExecutor<OpinionCard> {

    List<OpinionCard> findByKindAndWrittenOnBetweenOrderByWrittenOnAsc(OpinionCard.Kind kind, LocalDate from,
            LocalDate to);

}
