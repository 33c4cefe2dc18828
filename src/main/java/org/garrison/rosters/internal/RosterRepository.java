package org.garrison.rosters.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface RosterRepository extends JpaRepository<Roster, Long>, JpaSpecificationExecutor<Roster> {
}
