package org.garrison.attendance.internal;

import java.time.Clock;
import java.time.Duration;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node of the cluster: the attendance of the shifts that started lately, so an absence alerts
 * the team leader and supervisor within a minute of the threshold passing.
 */
@Component
class AttendanceSweepJob implements ClusterJob {

    private final AttendanceSweep sweep;

    private final Clock clock;

    AttendanceSweepJob(AttendanceSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "attendance.sweep";
    }

    @Override
    public String cron() {
        return "15 * * * * *";
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofSeconds(20);
    }

    @Override
    public RunSummary run() {
        return sweep.sweep(clock.instant());
    }

}
