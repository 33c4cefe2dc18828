package org.garrison.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.garrison.approvals.ApprovalDecided;
import org.garrison.approvals.ApprovalDecided.Outcome;
import org.garrison.approvals.ApprovalId;
import org.garrison.approvals.ApprovalRequested;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.ComplaintChannel;
import org.garrison.servicedesk.internal.ComplaintDetails;
import org.garrison.servicedesk.internal.ComplaintFlow;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.ComplaintState;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.servicedesk.internal.Responsibility;
import org.garrison.shared.CurrentUser;
import org.garrison.sla.SlaBreached;
import org.garrison.sla.SlaTarget;
import org.garrison.sla.SlaWarningDue;
import org.garrison.sla.internal.SlaSweep;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The service desk with its dependencies on a fixed clock (Monday 2026-11-23 09:00 in Shenzhen): the time
 * limits of a complaint's steps warn and breach on office hours, and a compensation waits for its approval.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ServiceDeskModuleTests.FixedClock.class)
class ServiceDeskModuleTests {

    static final Instant MONDAY_NINE = Instant.parse("2026-11-23T01:00:00Z");

    @Autowired
    Complaints complaints;

    @Autowired
    ComplaintFlow flow;

    @Autowired
    ComplaintQueries queries;

    @Autowired
    SlaSweep sweep;

    @Autowired
    ServiceDeskManagement serviceDesk;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    @MockitoBean
    AuthenticationManager authenticationManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void investigationStepWarnsAt80PercentAndBreachesAfterSixteenOfficeHours(Scenario scenario) {
        var cs = user("cs");
        var complaint = complaints.register(cs, details(ComplaintCategory.GENERAL, null), true);
        // GENERAL/INVESTIGATE: 960 office minutes from Monday 09:00 = Tuesday 16:00; warning at 80 % = Tuesday 12:48
        assertThat(complaint.getStepClock().getStepDueAt()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
        String number = complaint.getNumber();

        scenario.stimulate(() -> sweep.sweep(Instant.parse("2026-11-24T05:00:00Z")))
            .andWaitForEventOfType(SlaWarningDue.class)
            .matching(warning -> warning.itemRef().equals(number + "/INVESTIGATE"))
            .toArriveAndVerify(warning -> assertThat(warning.target()).isEqualTo(SlaTarget.RESOLUTION));

        scenario.stimulate(() -> sweep.sweep(Instant.parse("2026-11-24T08:30:00Z")))
            .andWaitForStateChange(() -> queries.card(cs, complaint.getId()).complaint().getStepClock().isOverdue(), overdue -> overdue)
            .andVerify(overdue -> {
                var card = queries.card(cs, complaint.getId());
                assertThat(card.history()).extracting(e -> e.getAction()).contains("WARNED", "BREACHED");
                assertThat(queries.list(cs, null, true)).extracting(c -> c.getNumber()).contains(number);
            });
    }

    @Test
    void breachOfAStepIsAnnouncedToItsEscalationRoles(Scenario scenario) {
        var complaint = complaints.register(user("cs"), details(ComplaintCategory.FEE_DEDUCTION, new BigDecimal("800")), true);
        // FEE_DEDUCTION/INVESTIGATE: 240 office minutes, due Monday 13:00
        assertThat(complaint.getStepClock().getStepDueAt()).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));

        scenario.stimulate(() -> sweep.sweep(Instant.parse("2026-11-23T05:30:00Z")))
            .andWaitForEventOfType(SlaBreached.class)
            .matching(breach -> breach.itemRef().equals(complaint.getNumber() + "/INVESTIGATE"))
            .toArriveAndVerify(breach -> {
                assertThat(breach.category()).isEqualTo("FEE_DEDUCTION/INVESTIGATE");
                assertThat(breach.escalationLevel()).isEqualTo(1);
            });
    }

    @Test
    void compensationWaitsForApprovalAndThenGoesToTheAnswer(Scenario scenario) {
        var cs = user("cs");
        signInAs(cs);
        var complaint = complaints.register(cs, details(ComplaintCategory.FEE_DEDUCTION, new BigDecimal("2000")), true);
        long id = complaint.getId();
        flow.investigate(user("ops"), id, "队员擅自离岗 70 分钟", "刘洋");
        flow.confirm(user("supervisor"), id, "刘洋、陈刚");

        scenario.stimulate(() -> flow.draft(cs, id, "扣减部分服务费", Responsibility.STAFF, new BigDecimal("1500")))
            .andWaitForEventOfType(ApprovalRequested.class)
            .matching(requested -> requested.link().equals("/servicedesk/complaints/" + id))
            .toArriveAndVerify(requested -> assertThat(requested.type()).isEqualTo(ComplaintFlow.APPROVAL_TYPE));
        var waiting = queries.card(cs, id).complaint();
        assertThat(waiting.getState()).isEqualTo(ComplaintState.AWAITING_APPROVAL);

        scenario.publish(new ApprovalDecided(new ApprovalId(waiting.getResolution().getApprovalRequestId()), ComplaintFlow.APPROVAL_TYPE, Outcome.APPROVED,
                "/servicedesk/complaints/" + id))
            .andWaitForStateChange(() -> queries.card(cs, id).complaint().getState(), s -> s == ComplaintState.ANSWERING)
            .andVerify(state -> assertThat(queries.card(cs, id).stepClock()).isNotNull());
    }

    @Test
    void closingAComplaintSendsTheClientASatisfactionSurvey(Scenario scenario) {
        var cs = user("cs");
        var complaint = complaints.register(cs, details(ComplaintCategory.GENERAL, null), true);
        long id = complaint.getId();
        flow.investigate(user("ops"), id, "属实", "王强（大堂岗）");
        flow.confirm(user("leader"), id, "王强");
        flow.draft(cs, id, "调岗", Responsibility.STAFF, null);
        flow.answer(cs, id, "已调岗");

        scenario.stimulate(() -> flow.returnVisit(cs, id, "客户满意"))
            .andWaitForStateChange(() -> jdbc.sql("select count(*) from sd_survey where complaint_id = :id and reason = 'COMPLAINT'")
                .param("id", id).query(Long.class).single(), surveys -> surveys > 0)
            .andVerify(surveys -> assertThat(surveys).isEqualTo(1L));
    }

    @Test
    void confirmedResponsibilityReachesAppraisalThroughTheFacade() {
        var cs = user("cs");
        var complaint = complaints.register(cs, details(ComplaintCategory.GENERAL, null), true);
        flow.investigate(user("ops"), complaint.getId(), "属实", "王强（大堂岗）");
        flow.confirm(user("leader"), complaint.getId(), "王强");
        flow.draft(cs, complaint.getId(), "调岗", Responsibility.STAFF, null);

        assertThat(serviceDesk.confirmedResponsibilities(MONDAY_NINE, MONDAY_NINE.plusSeconds(1)))
            .filteredOn(c -> c.complaintNumber().equals(complaint.getNumber()))
            .singleElement()
            .satisfies(c -> {
                assertThat(c.responsiblePeople()).isEqualTo("王强（大堂岗）");
                assertThat(c.responsibility()).isEqualTo("STAFF");
            });
    }

    private ComplaintDetails details(ComplaintCategory category, @Nullable BigDecimal claimed) {
        long site = organisation.siteByCode("S101").orElseThrow().value();
        return new ComplaintDetails(site, "鹏城银行深圳分行", "深圳市福田区", "0755-8888 6666", "大堂岗队员态度生硬", "调岗",
                category, "ATTITUDE", ComplaintChannel.PHONE, null, "大堂岗", "王强", claimed, claimed == null ? null : "第七条");
    }

    private CurrentUser user(String username) {
        return identity.user(username).orElseThrow();
    }

    private static void signInAs(CurrentUser user) {
        var principal = (UserDetails) user;
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    /** The platform's beans for a module test, with the clock standing still on a Monday morning. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(MONDAY_NINE, ZoneId.of("Asia/Shanghai"));
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }

    }

}
