package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.internal.HandoverViews.HandoverDraft;
import org.garrison.duty.internal.Meetings.NewItem;
import org.garrison.duty.internal.PostChecks.CheckDraft;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement.Colleague;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.shared.StartupData;
import org.garrison.siteops.SiteOpsManagement;

import org.springframework.data.domain.PageRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only, once: three days of handovers at 福田支行 (S101) between the demo guard and team leader — one
 * disputed, one linked to an omission (today's incident at the site), the newest waiting for the team leader — post
 * checks with findings (one a covert inspection not yet published, one whose violation the supervisor confirmed), a
 * dispatch meeting with action items and a talk record. The 四查/五防 lists stay empty.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoDutyBooks implements StartupData {

    private final HandoverBook handovers;

    private final HandoverFollowUp followUp;

    private final PostChecks checks;

    private final Meetings meetings;

    private final Supervision supervision;

    private final DemoDutyPeople people;

    DemoDutyBooks(HandoverBook handovers, HandoverFollowUp followUp, PostChecks checks, Meetings meetings,
            Supervision supervision, DemoDutyPeople people) {
        this.supervision = supervision;
        this.handovers = handovers;
        this.followUp = followUp;
        this.checks = checks;
        this.meetings = meetings;
        this.people = people;
    }

    @Override
    public String name() {
        return "duty.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("identity.demo", "organisation.demo", "people.demo", "rosters.demo", "siteops.demo");
    }

    @Override
    @Transactional
    public void load() {
        if (!meetings.list(DataScope.company(0), PageRequest.of(0, 1)).isEmpty()) {
            return;
        }
        CurrentUser guard = people.user("guard");
        CurrentUser leader = people.user("leader");
        long s101 = people.site("S101");
        long guardId = people.employee(guard);
        long leaderId = people.employee(leader);
        LocalDate today = people.today();
        var all = EnumSet.allOf(HandoverItem.class);
        for (int d = 3; d >= 1; d--) {
            LocalDate day = today.minusDays(d);
            long morning = hand(guard, s101, leaderId, people.at(day, 8), all, d == 2 ? "B1 消防通道堆放纸箱，已通知物业" : null);
            handovers.acknowledge(leader, morning);
            var evening = hand(leader, s101, guardId, people.at(day, 20),
                    d == 1 ? EnumSet.complementOf(EnumSet.of(HandoverItem.KEYS)) : all, null);
            if (d == 2) {
                handovers.dispute(guard, evening, "金库走廊门钥匙少一把，未在交接中说明");
            }
            else {
                handovers.acknowledge(guard, evening);
            }
            if (d == 1) {
                people.incidentAt(leader, s101, today)
                    .ifPresent(number -> followUp.linkOmission(leader, evening, number, "配电间钥匙未交接，停电时无法及时合闸"));
            }
        }
        hand(guard, s101, leaderId, people.at(today, 8), all, "3 号门禁读卡器反应慢，已报物业");
        checks(leader, s101, guardId, today);
        meeting(today);
        supervision(today);
        people.talk(leader, s101, guardId, today.minusDays(1));
    }

    private long hand(CurrentUser from, long site, long to, Instant at, Set<HandoverItem> items, String pending) {
        var result = handovers.write(from, new HandoverDraft(UUID.randomUUID().toString(), site, null, to, at, items, pending));
        return Objects.requireNonNull(result.id());
    }

    private void checks(CurrentUser leader, long s101, long guardId, LocalDate today) {
        checks.recordAt(leader, new CheckDraft(s101, null, CheckKind.ROUTINE, guardId, true, Set.of(), null, null, null),
                people.at(today.minusDays(1), 22));
        long s102 = people.site("S102");
        Colleague found = people.colleagueAt(s102);
        CurrentUser supervisor = people.user("supervisor");
        long uniform = checks.recordAt(supervisor, new CheckDraft(s102, null, CheckKind.SURPRISE, found.id().value(), true,
                Set.of(CheckItem.UNIFORM), "未佩戴工作证，制服扣子未扣", today.plusDays(1), PenaltyItem.UNIFORM),
                people.at(today.minusDays(2), 15));
        people.confirm(supervisor, checks.card(supervisor, uniform).violationId(), "当面核实，本人承认未戴工作证");
        CurrentUser inspector = people.user("inspector");
        checks.recordAt(inspector, new CheckDraft(s101, null, CheckKind.COVERT, guardId, true, Set.of(CheckItem.NO_DISTRACTION),
                "凌晨 2:10 岗亭内玩手机游戏约 10 分钟", today.plusDays(3), PenaltyItem.DISTRACTED), people.at(today.minusDays(1), 2));
        checks.recordAt(inspector, new CheckDraft(people.site("S201"), null, CheckKind.OPEN, null, true, Set.of(), null, null,
                null), people.at(today.minusDays(4), 10));
        checks.recordAt(people.user("affairs"), new CheckDraft(s101, null, CheckKind.SPECIAL, guardId, true,
                Set.of(CheckItem.SURROUNDINGS, CheckItem.VISITORS_REGISTERED), "门卫室周边有烟头；2 名访客未登记离开时间",
                today.plusDays(2), null), people.at(today.minusDays(3), 14));
    }

    private void meeting(LocalDate today) {
        CurrentUser ops = people.user("ops");
        long id = meetings.record(ops, null, today.minusDays(3), "人防部 李强", "各大队长、保安主管 郑伟、督察 冯刚",
                "通报上周查岗与暗访情况；年底安保部署；交接班记录簿填写要求",
                "各驻点交接班必须逐项交接钥匙和装备；督察每周至少暗访两个驻点",
                List.of(new NewItem("各驻点完成消防器材自查并上报", "队长 何勇", today.plusDays(2)),
                        new NewItem("整理上月违纪记录，报人防部", "保安主管 郑伟", today.minusDays(1)),
                        new NewItem("补发福田支行金库走廊门备用钥匙", "后勤保障部 孙浩", today.minusDays(2))));
        var items = meetings.card(ops.scope(), id).items();
        meetings.done(ops, id, items.get(0).getId());
    }

    /** The department's supervision plan around today, with a report on its first two weeks. */
    private void supervision(LocalDate today) {
        long plan = supervision.plan(people.user("ops"), new Supervision.NewPlan(null, "年底安保内部监督计划",
                today.minusDays(13), today.plusDays(16), "年底安保期间工作纪律、服务质量和物资设备管理不放松，问题限期整改",
                EnumSet.allOf(SupervisionArea.class), EnumSet.of(SupervisionMethod.ONSITE, SupervisionMethod.SPOT,
                        SupervisionMethod.REMOTE), 3, "总经理 王强；人防部 李强；保安主管 郑伟；员工代表 赵磊"));
        supervision.report(people.user("supervisor"), plan, today.minusDays(13), today.minusDays(1),
                "现场检查与暗访覆盖福田支行、南山支行和科技园 A 座；视频巡查夜班岗亭 6 次",
                "南山支行保安未佩戴工作证；福田支行夜班岗亭内玩手机；门卫室周边有烟头、访客未登记离开时间",
                "违纪已按第 1、11 条处理；门卫室周边卫生和访客登记限期两日内整改，队长复查");
    }

    /** The clock, users, sites and employees the demo uses, by name. */
    @Component
    @ConditionalOnBooleanProperty("garrison.demo.enabled")
    static class DemoDutyPeople {

        private final IdentityManagement identity;

        private final OrganisationManagement organisation;

        private final PeopleManagement staff;

        private final Violations violations;

        private final Talks talks;

        private final SiteOpsManagement siteOps;

        private final Clock clock;

        DemoDutyPeople(IdentityManagement identity, OrganisationManagement organisation, PeopleManagement staff,
                Violations violations, Talks talks, SiteOpsManagement siteOps, Clock clock) {
            this.identity = identity;
            this.organisation = organisation;
            this.staff = staff;
            this.violations = violations;
            this.talks = talks;
            this.siteOps = siteOps;
            this.clock = clock;
        }

        CurrentUser user(String username) {
            return identity.user(username).orElseThrow();
        }

        long site(String code) {
            return organisation.siteByCode(code).orElseThrow().value();
        }

        long employee(CurrentUser user) {
            return staff.employeeOfUser(user.userId()).orElseThrow().value();
        }

        Colleague colleagueAt(long site) {
            return staff.colleaguesAt(new SiteId(site)).get(0);
        }

        /** The number of the first incident of the day at the site (site operations' demo reports one at S101). */
        Optional<String> incidentAt(CurrentUser user, long site, LocalDate day) {
            return siteOps.dailyActivity(user.scope(), new SiteId(site), day)
                .stream()
                .filter(entry -> entry.kind().equals("INCIDENT"))
                .map(entry -> entry.text().split(" · ", 2)[0])
                .findFirst();
        }

        LocalDate today() {
            return LocalDate.now(clock);
        }

        Instant at(LocalDate day, int hour) {
            return day.atTime(LocalTime.of(hour, 0)).atZone(clock.getZone()).toInstant();
        }

        void confirm(CurrentUser by, @org.jspecify.annotations.Nullable Long violation, String reason) {
            if (violation != null) {
                violations.confirm(by, violation, reason);
            }
        }

        void talk(CurrentUser leader, long site, long guard, LocalDate day) {
            talks.record(leader, site, guard, day, "近期夜班较多，反映睡眠不足、精神不好", "下周调整为两个白班，队长每天 22:00 前查房");
        }

    }

}
