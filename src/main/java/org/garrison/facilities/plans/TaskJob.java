package org.garrison.facilities.plans;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every night just after midnight (and every hour, so a node that was down catches up): tasks of days that have
 * ended and were not done become missed, and today's and tomorrow's tasks are made.
 */
@Component
class TaskJob implements ClusterJob {

    static final String NAME = "facilities.tasks";

    private final TaskMaker maker;

    private final ServiceTaskRepository tasks;

    private final Clock clock;

    TaskJob(TaskMaker maker, ServiceTaskRepository tasks, Clock clock) {
        this.maker = maker;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String cron() {
        return "0 1 * * * *";
    }

    @Override
    @Transactional
    public RunSummary run() {
        var today = LocalDate.now(clock);
        int missed = tasks.markMissedBefore(today);
        int made = maker.makeFor(today) + maker.makeFor(today.plusDays(1));
        return RunSummary.of("job.facilities.tasks.summary", made, missed);
    }

}
