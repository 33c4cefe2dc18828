package org.garrison.facilities.plans;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ServiceTaskRepository extends JpaRepository<ServiceTask, Long> {

    /** A task made already: its plan and slot. */
    interface Made {

        long getPlanId();

        int getSlot();

    }

    /** The plans and slots of the tasks of a day, to make the missing ones without asking for each. */
    List<Made> findByDueDay(LocalDate dueDay);

    /** The slots of one plan's tasks of a day. */
    List<Made> findByPlanIdAndDueDay(long planId, LocalDate dueDay);

    Optional<ServiceTask> findByClientId(String clientId);

    List<ServiceTask> findBySiteIdInAndDueDayOrderByDueAtAscIdAsc(java.util.Collection<Long> siteIds, LocalDate dueDay);

    List<ServiceTask> findByPlanIdAndDueDayGreaterThanEqualOrderByDueAtAsc(long planId, LocalDate from);

    @Query("SELECT COALESCE(MAX(t.slot), 0) FROM ServiceTask t WHERE t.planId = :planId AND t.dueDay = :day")
    int maxSlot(long planId, LocalDate day);

    @Modifying
    @Query("UPDATE ServiceTask t SET t.state = org.garrison.facilities.plans.TaskState.MISSED "
            + "WHERE t.state = org.garrison.facilities.plans.TaskState.DUE AND t.dueDay < :today")
    int markMissedBefore(LocalDate today);

    @Modifying
    @Query("DELETE FROM ServiceTask t WHERE t.planId = :planId AND t.state = org.garrison.facilities.plans.TaskState.DUE "
            + "AND t.dueDay > :day")
    int dropDueAfter(long planId, LocalDate day);

}
