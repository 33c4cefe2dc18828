package org.garrison.people.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PostRequirementRepository extends JpaRepository<PostRequirement, Long> {

    List<PostRequirement> findByPostIdIn(Collection<Long> postIds);

}
