package org.garrison.siteops.inspections;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChecklistRepository extends JpaRepository<Checklist, Long> {

    List<Checklist> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

}
