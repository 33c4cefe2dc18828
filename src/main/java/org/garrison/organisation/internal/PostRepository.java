package org.garrison.organisation.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.ListCrudRepository;

public interface PostRepository extends ListCrudRepository<Post, Long>, JpaSpecificationExecutor<Post> {

    List<Post> findBySiteIdInOrderBySiteIdAscNameAsc(Collection<Long> siteIds);

    boolean existsBySiteIdAndName(long siteId, String name);

}
