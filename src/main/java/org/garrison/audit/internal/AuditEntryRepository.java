package org.garrison.audit.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface AuditEntryRepository extends ListCrudRepository<AuditEntry, Long>, JpaSpecificationExecutor<AuditEntry> {

    @Query("select distinct e.entityType from AuditEntry e order by e.entityType")
    List<String> entityTypes();

    @Query("select distinct e.action from AuditEntry e order by e.action")
    List<String> actions();

}
