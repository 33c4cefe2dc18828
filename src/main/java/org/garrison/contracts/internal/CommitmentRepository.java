package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.util.List;

import org.garrison.contracts.internal.Commitment.Reminder;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

    /** Open commitments due on or before {@code until} whose {@code last} reminder has not gone out yet. */
    @Query("""
            select c from Commitment c where c.keptOn is null and c.due <= :until
            and (c.remindedStage is null or c.remindedStage <> :last) order by c.due, c.id""")
    List<Commitment> findToRemind(@Param("until") LocalDate until, @Param("last") Reminder last);

}
