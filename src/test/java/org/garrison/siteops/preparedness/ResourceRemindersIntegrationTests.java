package org.garrison.siteops.preparedness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.TestPrincipals;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The morning reminder of emergency resources tells each stage once: running it twice (as a second node or a
 * rerun would) tells nothing new, a later stage is told once more, and a check starts the resource afresh.
 */
@IntegrationTest
@RecordApplicationEvents
class ResourceRemindersIntegrationTests {

    @Autowired
    ResourceReminders reminders;

    @Autowired
    ResourceReminderRepository told;

    @Autowired
    Preparedness preparedness;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Clock clock;

    @Test
    void eachStageOfAResourceIsToldOnceInOneSummaryPerSite() {
        long site = organisation.siteByCode("S202").orElseThrow().value();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_MANAGE, SiteOpsPermissions.SITEOPS_RECORD);
        LocalDate today = LocalDate.now(clock);
        var extinguisher = preparedness.addResource(leader, site, EmergencyResource.Kind.EXTINGUISHER, "提醒测试灭火器",
                "B 栋大堂", 4, 30, null);
        preparedness.addResource(leader, site, EmergencyResource.Kind.FIRST_AID_KIT, "提醒测试急救箱", "B 栋值班室", 1, 90,
                today.plusDays(10));

        reminders.remind(today);
        reminders.remind(today);

        assertThat(toldAt(site)).as("one summary for the site, although the reminder ran twice").singleElement()
            .satisfies(notice -> {
                assertThat(notice.kind()).isEqualTo("resource.due");
                assertThat(notice.roleCodes()).containsExactly("TEAM_LEADER");
                assertThat(notice.subjectKey()).isEqualTo("siteops.notice.resourceStages");
                assertThat(notice.args().get(1)).contains("提醒测试灭火器 (B 栋大堂)", "提醒测试急救箱 (B 栋值班室)");
                assertThat(notice.args().get(2)).isEqualTo("-");
                assertThat(notice.args().get(3)).isEqualTo("提醒测试急救箱 (B 栋值班室)");
                assertThat(notice.args().get(4)).isEqualTo("-");
            });

        events.clear();
        reminders.remind(today.plusDays(1));
        reminders.remind(today.plusDays(1));

        assertThat(toldAt(site)).as("the checks are overdue now: a new stage, told once; the expiry is not told again")
            .singleElement()
            .satisfies(notice -> {
                assertThat(notice.args().get(1)).isEqualTo("-");
                assertThat(notice.args().get(2)).contains("提醒测试灭火器 (B 栋大堂)", "提醒测试急救箱 (B 栋值班室)");
                assertThat(notice.args().get(3)).isEqualTo("-");
            });

        events.clear();
        reminders.remind(today.plusDays(2));
        assertThat(toldAt(site)).as("nothing new, no notification").isEmpty();

        preparedness.checkResource(leader, extinguisher.getId(), true, null);
        reminders.remind(today.plusDays(28));
        reminders.remind(today.plusDays(28));

        assertThat(toldAt(site)).as("checked: its next check is due soon again, a fresh stage").singleElement()
            .satisfies(notice -> {
                assertThat(notice.args().get(1)).isEqualTo("提醒测试灭火器 (B 栋大堂)");
                assertThat(notice.args().get(2)).isEqualTo("-");
                assertThat(notice.args().get(4)).as("the kit has expired meanwhile").isEqualTo("提醒测试急救箱 (B 栋值班室)");
            });
    }

    @Test
    void theDatabaseRefusesToRememberAStageTwice() {
        long site = organisation.siteByCode("S201").orElseThrow().value();
        var leader = TestPrincipals.principal(ScopeLevel.SITE, site, SiteOpsPermissions.SITEOPS_MANAGE);
        LocalDate today = LocalDate.now(clock);
        var lamp = preparedness.addResource(leader, site, EmergencyResource.Kind.EMERGENCY_LIGHT, "唯一性测试应急灯", "车库",
                2, 30, null);
        var reached = new ResourceStage.Reached(ResourceStage.CHECK_OVERDUE, today);
        told.saveAndFlush(new ResourceReminder(lamp.getId(), reached, today));

        assertThatThrownBy(() -> told.saveAndFlush(new ResourceReminder(lamp.getId(), reached, today.plusDays(1))))
            .isInstanceOf(DataIntegrityViolationException.class);
    }

    private List<NotificationRequested> toldAt(long site) {
        return events.stream(NotificationRequested.class)
            .filter(notice -> notice.kind().equals("resource.due") && new SiteId(site).equals(notice.siteId()))
            .toList();
    }

}
