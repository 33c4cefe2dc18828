package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.garrison.shared.NotificationRequested;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The sweep plans a night schedule's tours and settles them across midnight, alerting about what went wrong. */
@IntegrationTest
@RecordApplicationEvents
class TourSweepIntegrationTests {

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    ScanIngest ingest;

    @Autowired
    TourRepository tours;

    @Autowired
    ApplicationEvents events;

    /** Two days ago in Shenzhen, so that every scan of the story lies in the past. */
    final LocalDate day = LocalDate.now(SlotsTests.SHENZHEN).minusDays(2);

    Instant at(int dayOffset, String time) {
        return day.plusDays(dayOffset).atTime(LocalTime.parse(time)).atZone(SlotsTests.SHENZHEN).toInstant();
    }

    @Test
    void aNightTourWithAMissedCheckpointAfterMidnightAlertsLeaderAndSupervisor() {
        var a = fixtures.checkpoint("S102", "金库通道");
        var b = fixtures.checkpoint("S102", "营业厅后门");
        var route = fixtures.route("S102", true, 10, List.of(a, b));
        var schedule = fixtures.schedule(route, LocalTime.of(23, 50), LocalTime.of(0, 30), 60, 10, at(-1, "00:00"));
        Instant evening = at(0, "23:00");

        sweep.sweep(evening);
        var tour = tours.findAll().stream()
            .filter(t -> t.getScheduleId() == schedule.getId() && t.getWindowStart().equals(at(0, "23:50")))
            .findFirst().orElseThrow();
        assertThat(tour.getServiceDay()).isEqualTo(day);

        store(a.getCode(), at(0, "23:55"));
        sweep.sweep(at(1, "00:05"));
        assertThat(tours.findById(tour.getId()).orElseThrow().getStatus()).as("still open before it closes")
            .isEqualTo(TourStatus.OPEN);

        sweep.sweep(at(1, "00:21"));
        var closed = tours.findById(tour.getId()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(TourStatus.MISSED);
        assertThat(closed.getPointsOnTime()).isEqualTo(1);
        assertThat(closed.getPointsMissed()).isEqualTo(1);
        assertThat(events.stream(NotificationRequested.class)
            .filter(n -> n.link() != null && n.link().equals("/patrol/tours/" + tour.getId())))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.kind()).isEqualTo("patrol.missed");
                assertThat(n.roleCodes()).containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR");
                assertThat(n.needsAcknowledgement()).isTrue();
            });

        sweep.sweep(at(1, "00:30"));
        assertThat(tours.findAll().stream()
            .filter(t -> t.getScheduleId() == schedule.getId() && t.getWindowStart().equals(at(0, "23:50")))
            .count())
            .as("sweeping again plans and closes nothing twice").isEqualTo(1);
    }

    @Test
    void aLateCheckpointMakesTheTourLate() {
        var a = fixtures.checkpoint("S102", "停车场入口");
        var route = fixtures.route("S102", false, 0, List.of(a));
        var schedule = fixtures.schedule(route, LocalTime.of(1, 0), LocalTime.of(2, 0), 120, 10, at(-1, "00:00"));
        sweep.sweep(at(1, "00:30"));
        store(a.getCode(), at(1, "01:15"));

        sweep.sweep(at(1, "01:21"));

        var tour = tours.findAll().stream()
            .filter(t -> t.getScheduleId() == schedule.getId() && t.getWindowStart().equals(at(1, "01:00")))
            .findFirst().orElseThrow();
        assertThat(tour.getStatus()).isEqualTo(TourStatus.LATE);
        assertThat(tour.getPointsLate()).isEqualTo(1);
    }

    @Test
    void scansSyncedFromAPhoneAfterTheTourClosedStillCountByThePhonesTime() {
        var a = fixtures.checkpoint("S102", "消防通道");
        var b = fixtures.checkpoint("S102", "后门");
        var route = fixtures.route("S102", true, 5, List.of(a, b));
        var schedule = fixtures.schedule(route, LocalTime.of(2, 0), LocalTime.of(3, 0), 120, 10, at(-1, "00:00"));
        sweep.sweep(at(1, "01:30"));
        sweep.sweep(at(1, "02:30"));
        var tour = tours.findAll().stream()
            .filter(t -> t.getScheduleId() == schedule.getId() && t.getWindowStart().equals(at(1, "02:00")))
            .findFirst().orElseThrow();
        assertThat(tour.getStatus()).as("closed while the phone was offline").isEqualTo(TourStatus.MISSED);
        long alerts = events.stream(NotificationRequested.class).count();

        store(a.getCode(), at(1, "02:03"));
        store(b.getCode(), at(1, "02:09"));

        var settled = tours.findById(tour.getId()).orElseThrow();
        assertThat(settled.getStatus()).isEqualTo(TourStatus.DONE);
        assertThat(settled.getPointsOnTime()).isEqualTo(2);
        assertThat(events.stream(NotificationRequested.class).count()).as("no new alert").isEqualTo(alerts);
    }

    @Test
    void afterADowntimeTheSweepPlansAndSettlesTheWindowsNobodyPlanned() {
        var a = fixtures.checkpoint("S102", "停机期间的点");
        var route = fixtures.route("S102", false, 0, List.of(a));
        var schedule = fixtures.schedule(route, LocalTime.of(3, 0), LocalTime.of(5, 0), 60, 10, at(-1, "00:00"));
        store(a.getCode(), at(1, "04:05"));

        // Every node was down from before 03:00 until 06:00: the first sweep after it plans and settles both windows.
        sweep.sweep(at(1, "06:00"));

        var walked = tours.findAll().stream().filter(t -> t.getScheduleId() == schedule.getId()
                && !t.getWindowStart().isAfter(at(1, "05:00")) && !t.getWindowStart().isBefore(at(1, "03:00")))
            .toList();
        assertThat(walked).extracting(Tour::getWindowStart, Tour::getStatus)
            .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(at(1, "03:00"), TourStatus.MISSED),
                    org.assertj.core.groups.Tuple.tuple(at(1, "04:00"), TourStatus.DONE));
        var missed = walked.stream().filter(t -> t.getWindowStart().equals(at(1, "03:00"))).findFirst().orElseThrow();
        assertThat(events.stream(NotificationRequested.class)
            .filter(n -> ("/patrol/tours/" + missed.getId()).equals(n.link()))).singleElement()
            .extracting(NotificationRequested::kind).isEqualTo("patrol.missed");
    }

    @Test
    void aScheduleMadeAfterAWindowClosedNeverGetsThatWindow() {
        var a = fixtures.checkpoint("S102", "新排班的点");
        var route = fixtures.route("S102", false, 0, List.of(a));
        var schedule = fixtures.schedule(route, LocalTime.of(3, 0), LocalTime.of(5, 0), 60, 10, at(1, "04:05"));

        sweep.sweep(at(1, "04:06"));

        assertThat(tours.findAll().stream().filter(t -> t.getScheduleId() == schedule.getId()
                && t.getServiceDay().equals(day.plusDays(1))))
            .extracting(Tour::getWindowStart)
            .as("03:00 had closed before the schedule was made; 04:00 was still open")
            .containsExactly(at(1, "04:00"));
    }

    private void store(String code, Instant at) {
        var batch = new ScanIngest.Batch(1L, null, ScanIngest.Source.API, null, null,
                List.of(new ScanIngest.Item(UUID.randomUUID().toString(), code, at.toString(), null, null, null, false)));
        var result = ingest.ingest(batch);
        assertThat(result).extracting(ScanIngest.Result::outcome).containsExactly(ScanIngest.Outcome.ACCEPTED);
        assertThat(Set.of(result.get(0).flags())).isNotNull();
    }

}
