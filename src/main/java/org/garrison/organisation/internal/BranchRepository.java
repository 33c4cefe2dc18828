package org.garrison.organisation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

public interface BranchRepository extends ListCrudRepository<Branch, Long>, JpaSpecificationExecutor<Branch> {

    List<Branch> findAllByOrderByCodeAsc();

    boolean existsByCode(String code);

}
