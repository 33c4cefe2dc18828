package org.garrison.sla.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SlaCalendarRepository extends JpaRepository<SlaCalendar, Long> {

    List<SlaCalendar> findAllByOrderByCode();

    boolean existsByCode(String code);

    Optional<SlaCalendar> findByCode(String code);

}
