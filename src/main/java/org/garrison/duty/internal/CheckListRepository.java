package org.garrison.duty.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CheckListRepository extends JpaRepository<CheckList, Long> {

    List<CheckList> findAllByOrderByKindAscNameAsc();

    boolean existsByName(String name);

}
