package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

interface ContractRepository extends ListCrudRepository<Contract, Long>, JpaSpecificationExecutor<Contract> {

    List<Contract> findByStatusAndEndsBefore(ContractStatus status, LocalDate day);

    List<Contract> findByStatusAndEndsLessThanEqual(ContractStatus status, LocalDate day);

    boolean existsByRenewalOfAndStatusIn(long renewalOf, List<ContractStatus> statuses);

}
