package org.garrison.organisation.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface CompanyRepository extends ListCrudRepository<Company, Long> {

    Optional<Company> findFirstByOrderByIdAsc();

}
