package org.garrison.rosters.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ShiftTemplateRepository extends JpaRepository<ShiftTemplate, Long> {

    List<ShiftTemplate> findByActiveTrueOrderByTemplateSetAscStartsAtAsc();

    List<ShiftTemplate> findByTemplateSetAndActiveTrue(String templateSet);

}
