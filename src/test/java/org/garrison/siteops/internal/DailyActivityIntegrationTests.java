package org.garrison.siteops.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsManagement;
import org.garrison.siteops.access.AccessLog;
import org.garrison.siteops.access.IdType;
import org.garrison.siteops.access.PersonEntry.Visitor;
import org.garrison.siteops.incidents.Incidents;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A site's day combines the gate, hazards and incidents in time order, and only within the reader's scope. */
@IntegrationTest
class DailyActivityIntegrationTests {

    @Autowired
    SiteOpsManagement siteOps;

    @Autowired
    AccessLog access;

    @Autowired
    Incidents incidents;

    @Autowired
    Hazards hazards;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void dayOfASiteListsAccessHazardsAndIncidentsWithUnauthorisedReleasesFlagged() {
        CurrentUser ops = identity.user("ops").orElseThrow();
        long site = organisation.siteByCode("S202").orElseThrow().value();
        long visitor = access.admitPerson(ops, site, new Visitor("赵六", IdType.PASSPORT, "E98765432", "园区物业", "设备巡检",
                null, null)).id();
        access.personLeaves(ops, visitor, true);
        long truck = access.admitVehicle(ops, site, "粤B 3C7H9", "王师傅", "建筑垃圾").id();
        access.release(ops, truck, null);
        hazards.open(ops, site, "消防通道堆放纸箱", "A 座一楼消防通道被纸箱堵塞", Severity.MINOR, null, null, null);
        incidents.report(ops, site, IncidentType.INTRUSION, Severity.MINOR, "A 座天台", "发现无关人员进入天台，已劝离", null, null);

        var day = siteOps.dailyActivity(ops.scope(), new SiteId(site), LocalDate.now(TestClock.ZONE));
        assertThat(day).extracting(SiteOpsManagement.ActivityEntry::kind)
            .contains("PERSON_IN", "PERSON_OUT", "VEHICLE_IN", "VEHICLE_OUT", "HAZARD", "INCIDENT");
        assertThat(day).filteredOn(e -> e.kind().equals("VEHICLE_OUT") && e.text().startsWith("粤B3C7H9"))
            .allSatisfy(e -> assertThat(e.flagged()).isTrue())
            .isNotEmpty();
        assertThat(day).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));

        CurrentUser otherClient = identity.user("client").orElseThrow();
        assertThat(siteOps.dailyActivity(otherClient.scope(), new SiteId(site), LocalDate.now(TestClock.ZONE))).isEmpty();
        CurrentUser leaderOfS101 = identity.user("leader").orElseThrow();
        assertThat(siteOps.dailyActivity(leaderOfS101.scope(), new SiteId(site), LocalDate.now(TestClock.ZONE))).isEmpty();
    }

    @Test
    void dayOfASiteListsItsClosedPatrolToursFlaggingThoseWithLateOrMissedCheckpoints() {
        CurrentUser leader = identity.user("leader").orElseThrow();
        long site = organisation.siteByCode("S101").orElseThrow().value();
        LocalDate day = jdbc.sql("select max(service_day) from patrol_tour where site_id = ? and status <> 'OPEN' "
                + "and service_day < ?").params(site, LocalDate.now(TestClock.ZONE)).query(LocalDate.class).single();
        long closed = jdbc.sql("select count(*) from patrol_tour where site_id = ? and service_day = ? and status <> 'OPEN'")
            .params(site, day).query(Long.class).single();
        long withProblems = jdbc.sql("select count(*) from patrol_tour where site_id = ? and service_day = ? "
                + "and status <> 'OPEN' and (points_late > 0 or points_missed > 0 or status in ('LATE', 'MISSED'))")
            .params(site, day).query(Long.class).single();

        var patrols = siteOps.dailyActivity(leader.scope(), new SiteId(site), day).stream()
            .filter(e -> e.kind().equals("PATROL"))
            .toList();

        assertThat(patrols).hasSize((int) closed).isNotEmpty();
        assertThat(patrols).filteredOn(SiteOpsManagement.ActivityEntry::flagged).hasSize((int) withProblems);
        assertThat(patrols).allSatisfy(e -> assertThat(e.link()).startsWith("/patrol/tours/"));
    }

}
