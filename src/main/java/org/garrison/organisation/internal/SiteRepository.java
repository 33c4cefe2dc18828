package org.garrison.organisation.internal;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

public interface SiteRepository extends ListCrudRepository<Site, Long>, org.springframework.data.repository.ListPagingAndSortingRepository<Site, Long>, JpaSpecificationExecutor<Site> {

    boolean existsByCode(String code);

}
