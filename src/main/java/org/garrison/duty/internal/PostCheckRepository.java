package org.garrison.duty.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface PostCheckRepository extends JpaRepository<PostCheck, Long>, JpaSpecificationExecutor<PostCheck> {

}
