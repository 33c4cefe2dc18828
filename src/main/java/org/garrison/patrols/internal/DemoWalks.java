package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.garrison.patrols.PatrolAnomalyReported.AnomalyKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: a week of walked tours (a few checkpoints missed or late, today's tours in progress walked so
 * far) so the board, the completion rate and its chart have something to show, a scan far from its checkpoint
 * awaiting the supervisor's review, and an intrusion a guard reported from his round as an incident.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoWalks {

    private final TourRepository tours;

    private final ScanIngest ingest;

    private final PatrolSweep sweep;

    private final Clock clock;

    private final ScheduleRepository schedules;

    DemoWalks(TourRepository tours, ScheduleRepository schedules, ScanIngest ingest, PatrolSweep sweep, Clock clock) {
        this.schedules = schedules;
        this.tours = tours;
        this.ingest = ingest;
        this.sweep = sweep;
        this.clock = clock;
    }

    /**
     * Plans and walks the tours of the last week as the guard, the checkpoints' codes known by id; the demo's
     * schedules count as made a week ago (a schedule plans no tour for a window that closed before it was made).
     */
    void walkLastWeek(long guard, List<Checkpoint> checkpoints) {
        var random = new Random(20261121);
        var codes = new HashMap<Long, String>();
        checkpoints.forEach(c -> codes.put(c.getId(), c.getCode()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Instant weekAgo = today.minusDays(7).atStartOfDay(clock.getZone()).toInstant();
        var made = schedules.findAll();
        made.forEach(schedule -> schedule.madeEarlier(weekAgo));
        schedules.saveAll(made);
        var walked = new HashSet<Long>();
        for (LocalDate day = today.minusDays(7); !day.isAfter(today); day = day.plusDays(1)) {
            sweep.sweep(day.atStartOfDay(clock.getZone()).toInstant());
            Instant until = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            var scans = new ArrayList<ScanIngest.Item>();
            for (var tour : tours.findByStatusAndWindowStartBefore(TourStatus.OPEN, until.isBefore(now) ? until : now)) {
                if (walked.add(tour.getId())) {
                    tour.getPoints().forEach(point -> walk(point, codes, random, now, scans));
                }
            }
            for (int from = 0; from < scans.size(); from += 400) {
                ingest.ingest(new ScanIngest.Batch(guard, null, ScanIngest.Source.PHONE, "demo-phone", null,
                        scans.subList(from, Math.min(scans.size(), from + 400))));
            }
        }
        sweep.sweep(now);
        scanFarAway(guard, checkpoints, now);
        reportIntrusion(guard, checkpoints, now);
    }

    /**
     * A guard on his round an hour and a half ago found someone climbing the east wall and reported it from the
     * checkpoint as an incident (site operations opens it in his name).
     */
    private void reportIntrusion(long guard, List<Checkpoint> checkpoints, Instant now) {
        checkpoints.stream()
            .filter(c -> !c.isKeyArea())
            .findFirst()
            .ifPresent(point -> ingest.ingest(new ScanIngest.Batch(guard, null, ScanIngest.Source.PHONE, "demo-phone", null,
                    List.of(new ScanIngest.Item(UUID.randomUUID().toString(), point.getCode(),
                            now.minus(Duration.ofMinutes(90)).toString(), null, null,
                            "东侧围墙外有人试图翻越，已喝止并报告值班室", true, AnomalyKind.INCIDENT, "INTRUSION")))));
    }

    /** A scan of the vault passage half a kilometre away, twenty minutes ago: a flag awaiting the supervisor's review. */
    private void scanFarAway(long guard, List<Checkpoint> checkpoints, Instant now) {
        checkpoints.stream()
            .filter(c -> c.isKeyArea() && c.getLatitude() != null && c.getLongitude() != null)
            .findFirst()
            .ifPresent(vault -> ingest.ingest(new ScanIngest.Batch(guard, null, ScanIngest.Source.PHONE, "demo-phone", null,
                    List.of(new ScanIngest.Item(UUID.randomUUID().toString(), vault.getCode(),
                            now.minus(Duration.ofMinutes(20)).toString(), vault.getLatitude() + 0.005,
                            vault.getLongitude(), null, false)))));
    }

    /** Most checkpoints on time, about one in twenty-five late and one in sixteen missed. */
    private static void walk(TourPoint point, Map<Long, String> codes, Random random, Instant now,
            List<ScanIngest.Item> scans) {
        int roll = random.nextInt(100);
        if (roll < 6) {
            return;
        }
        Instant at = point.getDeadline().plus(Duration.ofMinutes(roll < 10 ? 20 : -10 + random.nextInt(8)));
        if (at.isBefore(now)) {
            scans.add(new ScanIngest.Item(UUID.randomUUID().toString(), codes.get(point.getCheckpointId()), at.toString(),
                    null, null, null, false));
        }
    }

}
