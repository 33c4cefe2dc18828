package org.garrison.contracts.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface StartUpTaskRepository extends ListCrudRepository<StartUpTask, Long>, JpaSpecificationExecutor<StartUpTask> {

    List<StartUpTask> findByContractIdOrderByDepartmentAscDueAsc(long contractId);

}
