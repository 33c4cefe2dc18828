package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.SiteId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: checkpoints, routes and schedules at 鹏城银行 S101 and the 科技园 S201, a patrol wand
 * for the demo guard, and a week of walked tours (a few checkpoints missed or late) so the board, the
 * completion rate and its chart have something to show.
 */
@Component
@Order(54)
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoPatrols implements ApplicationRunner {

    static final String MARKER_TAG = "DEMO-S101-01";

    private static final DataScope COMPANY = DataScope.company(0);

    private final PatrolSetup setup;

    private final TourRepository tours;

    private final ScanIngest ingest;

    private final PatrolSweep sweep;

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    private final Clock clock;

    DemoPatrols(PatrolSetup setup, TourRepository tours, ScanIngest ingest, PatrolSweep sweep,
            OrganisationManagement organisation, IdentityManagement identity, Clock clock) {
        this.setup = setup;
        this.tours = tours;
        this.ingest = ingest;
        this.sweep = sweep;
        this.organisation = organisation;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var s101 = organisation.siteByCode("S101").map(SiteId::value);
        var s201 = organisation.siteByCode("S201").map(SiteId::value);
        var guard = identity.user("guard").map(CurrentUser::id);
        if (setup.checkpoints(COMPANY).stream().anyMatch(c -> MARKER_TAG.equals(c.getTagId())) || s101.isEmpty() || s201.isEmpty() || guard.isEmpty()) {
            return;
        }
        var bank = List.of(point(s101.get(), "大门岗亭", "正门东侧岗亭", 22.5431, 114.0579, false, MARKER_TAG),
                point(s101.get(), "营业厅", "一楼营业大厅", 22.5432, 114.0581, false, "DEMO-S101-02"),
                point(s101.get(), "金库通道", "负一层金库防护门外", 22.5430, 114.0582, true, "DEMO-S101-03"),
                point(s101.get(), "自助银行", "24 小时自助服务区", 22.5433, 114.0578, false, "DEMO-S101-04"),
                point(s101.get(), "地下车库", "B1 车库出入口", 22.5429, 114.0577, false, "DEMO-S101-05"));
        var park = List.of(point(s201.get(), "园区东门", "东门岗", 22.5401, 113.9345, false, "DEMO-S201-01"),
                point(s201.get(), "A 座大堂", "A 座一楼", 22.5405, 113.9350, false, "DEMO-S201-02"),
                point(s201.get(), "配电房", "B 座负一层", 22.5407, 113.9353, true, "DEMO-S201-03"),
                point(s201.get(), "地面停车场", "西侧停车场", 22.5399, 113.9341, false, "DEMO-S201-04"));
        var night = setup.createRoute(COMPANY, s101.get(), new Route.Plan("夜间内外巡逻", true, PatrolMode.FOOT, 4, ids(bank)));
        var parkRoute = setup.createRoute(COMPANY, s201.get(),
                new Route.Plan("园区车巡", false, PatrolMode.VEHICLE, 6, ids(park)));
        setup.createSchedule(COMPANY, night.getId(), new Schedule.Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15,
                false), null, null);
        setup.createSchedule(COMPANY, night.getId(), new Schedule.Timing(LocalTime.of(8, 0), LocalTime.of(18, 0), 120, 15,
                true), null, null);
        setup.createSchedule(COMPANY, parkRoute.getId(), new Schedule.Timing(LocalTime.of(0, 0), LocalTime.of(0, 0), 180,
                20, false), null, null);
        walkLastWeek(guard.get(), bank, park);
    }

    private void walkLastWeek(long guard, List<Checkpoint> bank, List<Checkpoint> park) {
        var random = new Random(20261121);
        var codes = new HashMap<Long, String>();
        bank.forEach(c -> codes.put(c.getId(), c.getCode()));
        park.forEach(c -> codes.put(c.getId(), c.getCode()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(setup.zone()));
        var walked = new HashSet<Long>();
        for (LocalDate day = today.minusDays(7); !day.isAfter(today); day = day.plusDays(1)) {
            sweep.sweep(day.atStartOfDay(setup.zone()).toInstant());
            Instant until = day.plusDays(1).atStartOfDay(setup.zone()).toInstant();
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

    private Checkpoint point(long site, String name, String note, double latitude, double longitude, boolean keyArea,
            String tag) {
        return setup.createCheckpoint(COMPANY, site, new Checkpoint.Place(name, note, latitude, longitude, 40, keyArea, tag));
    }

    private static List<Long> ids(List<Checkpoint> checkpoints) {
        return checkpoints.stream().map(Checkpoint::getId).toList();
    }

}
