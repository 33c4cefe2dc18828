package org.garrison.duty.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface TalkRepository extends JpaRepository<TalkRecord, Long>, JpaSpecificationExecutor<TalkRecord> {

}
