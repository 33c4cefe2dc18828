package org.garrison.organisation.internal;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

public interface ClientRepository extends ListCrudRepository<Client, Long>, org.springframework.data.repository.ListPagingAndSortingRepository<Client, Long>, JpaSpecificationExecutor<Client> {

    boolean existsByNameIgnoreCase(String name);

    java.util.Optional<Client> findFirstByPhoneDigitsAndIdNot(String phoneDigits, long id);

}
