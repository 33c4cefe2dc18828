package org.garrison.patrols.internal;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: checkpoints, routes and schedules at 鹏城银行 S101 and the 科技园 S201 (one of them
 * walked round the clock by whoever holds the demo guard's post), a patrol wand for the demo guard, and a
 * week of walked tours (a few checkpoints missed or late) so the board, the completion rate and its chart
 * have something to show.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoPatrols implements StartupData {

    static final String MARKER_TAG = "DEMO-S101-01";

    /** The route walked by whoever holds the demo guard's post. */
    static final String POST_ROUTE = "营业区岗位巡查";

    private static final DataScope COMPANY = DataScope.company(0);

    private final PatrolSetup setup;

    private final PatrolSchedules schedules;

    private final PostHolders holders;

    private final DemoWalks walks;

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    DemoPatrols(PatrolSetup setup, PatrolSchedules schedules, PostHolders holders, DemoWalks walks,
            OrganisationManagement organisation, IdentityManagement identity) {
        this.setup = setup;
        this.schedules = schedules;
        this.holders = holders;
        this.walks = walks;
        this.organisation = organisation;
        this.identity = identity;
    }

    @Override
    public String name() {
        return "patrols.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo", "people.demo");
    }

    @Override
    public void load() {
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
        schedules.create(COMPANY, night.getId(), new Schedule.Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15,
                false), null, null);
        schedules.create(COMPANY, night.getId(), new Schedule.Timing(LocalTime.of(8, 0), LocalTime.of(18, 0), 120, 15,
                true), null, null);
        schedules.create(COMPANY, parkRoute.getId(), new Schedule.Timing(LocalTime.of(0, 0), LocalTime.of(0, 0), 180,
                20, false), null, null);
        holders.postOf(guard.get()).ifPresent(post -> postRoute(s101.get(), post, bank));
        var all = new ArrayList<>(bank);
        all.addAll(park);
        walks.walkLastWeek(guard.get(), all);
    }

    /** The banking hall, walked every two hours round the clock by whoever holds the post (the demo guard's). */
    private void postRoute(long site, long post, List<Checkpoint> bank) {
        var hall = setup.createRoute(COMPANY, site, new Route.Plan(POST_ROUTE, false, PatrolMode.FOOT, 3,
                ids(List.of(bank.get(0), bank.get(1), bank.get(3)))));
        schedules.create(COMPANY, hall.getId(), new Schedule.Timing(LocalTime.of(0, 0), LocalTime.of(0, 0), 120, 15,
                false), null, post);
    }

    private Checkpoint point(long site, String name, String note, double latitude, double longitude, boolean keyArea,
            String tag) {
        return setup.createCheckpoint(COMPANY, site, new Checkpoint.Place(name, note, latitude, longitude, 40, keyArea, tag));
    }

    private static List<Long> ids(List<Checkpoint> checkpoints) {
        return checkpoints.stream().map(Checkpoint::getId).toList();
    }

}
