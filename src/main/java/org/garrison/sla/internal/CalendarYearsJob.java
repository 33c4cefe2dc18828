package org.garrison.sla.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.RunSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every morning, on one node: reminds the administrators of each calendar with business hours whose current year, or
 * from December the coming year, was not loaded from the State Council's notice, at most once a week per year, with
 * a link to the year's days screen. Until it is loaded, complaint clocks count that year's 调休 Saturdays and Sundays
 * as days off.
 */
@Component
class CalendarYearsJob implements ClusterJob {

    static final String KIND = "sla.calendarYear";

    private final CalendarYears years;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    CalendarYearsJob(CalendarYears years, ApplicationEventPublisher events, Clock clock) {
        this.years = years;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sla.calendarYears";
    }

    @Override
    public String cron() {
        return "0 0 9 * * *";
    }

    @Override
    @Transactional
    public RunSummary run() {
        var now = clock.instant();
        int reminded = 0;
        for (var missing : years.missing(LocalDate.now(clock))) {
            if (years.claimReminder(missing.calendarId(), missing.year(), now)) {
                events.publishEvent(new NotificationRequested(KIND, Set.of(), Set.of("ADMIN"), null,
                        "sla.notification.calendarYear", List.of(missing.calendarName(), String.valueOf(missing.year())),
                        "/sla/calendars/" + missing.calendarId() + "/days?year=" + missing.year(), false, now));
                reminded++;
            }
        }
        return RunSummary.of("job.sla.calendarYears.summary", reminded);
    }

}
