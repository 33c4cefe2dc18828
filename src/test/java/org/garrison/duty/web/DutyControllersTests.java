package org.garrison.duty.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.duty.DutyPermissions;
import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationSource;
import org.garrison.duty.internal.CheckKind;
import org.garrison.duty.internal.CheckerRole;
import org.garrison.duty.internal.HandoverBook;
import org.garrison.duty.internal.HandoverEntry;
import org.garrison.duty.internal.HandoverFollowUp;
import org.garrison.duty.internal.HandoverItem;
import org.garrison.duty.internal.HandoverViews.Desk;
import org.garrison.duty.internal.HandoverViews.HandoverRow;
import org.garrison.duty.internal.HandoverViews.Outcome;
import org.garrison.duty.internal.HandoverViews.WriteResult;
import org.garrison.duty.internal.PostChecks;
import org.garrison.duty.internal.PostChecks.CheckRow;
import org.garrison.duty.internal.Violation;
import org.garrison.duty.internal.Violations;
import org.garrison.duty.internal.Violations.ViolationRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement.Colleague;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The duty books' pages and API: who may see and do what, and how refusals reach the user. */
@WebSliceTest
class DutyControllersTests {

    private static final Instant AT = Instant.parse("2026-12-07T00:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    Violations violations;

    @Autowired
    HandoverBook handovers;

    @Autowired
    PostChecks checks;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    HandoverFollowUp followUp;

    private static ViolationRow draft() {
        return new ViolationRow(5, 11, "福田支行", 7, "马超", AT, PenaltyItem.LATE_OR_EARLY, ViolationSource.ATTENDANCE,
                "迟到 20 分钟", null, Violation.State.DRAFT, AT, null, null, null);
    }

    private static HandoverRow handed() {
        return new HandoverRow(9, "c-1", 11, "福田支行", null, "马超", "何勇", AT, List.of(HandoverItem.RADIO),
                List.of(HandoverItem.KEYS), null, "北门灯坏", HandoverEntry.State.WRITTEN, null, null, null, null);
    }

    @Test
    void aViewerSeesTheDraftButNotTheDecisionForm() throws Exception {
        when(violations.card(any(), eq(5L))).thenReturn(draft());
        mvc.perform(get("/duty/violations/5").with(withPermissions(DutyPermissions.DUTY_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("马超")))
            .andExpect(content().string(containsString("上班迟到、早退或不请假外出")))
            .andExpect(content().string(not(containsString("decision-form"))));
    }

    @Test
    void aTeamLeaderConfirmsADraftWithAReason() throws Exception {
        when(violations.card(any(), eq(5L))).thenReturn(draft());
        mvc.perform(get("/duty/violations/5").with(withPermissions(DutyPermissions.DUTY_VIEW, DutyPermissions.DUTY_DECIDE)))
            .andExpect(content().string(containsString("decision-form")));
        mvc.perform(post("/duty/violations/5/decide").with(csrf())
            .with(withPermissions(DutyPermissions.DUTY_VIEW, DutyPermissions.DUTY_DECIDE))
            .param("confirm", "true").param("note", "空岗影响执勤"))
            .andExpect(redirectedUrl("/duty/violations/5"))
            .andExpect(flash().attribute("flash", "duty.violation.confirmed"));
        verify(violations).confirm(any(), eq(5L), eq("空岗影响执勤"));
    }

    @Test
    void aDecisionWithoutAReasonIsShownOnTheFormAndDecidesNothing() throws Exception {
        when(violations.card(any(), eq(5L))).thenReturn(draft());
        mvc.perform(post("/duty/violations/5/decide").with(csrf()).with(withPermissions(DutyPermissions.DUTY_DECIDE))
            .param("confirm", "false").param("note", " "))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(violations, org.mockito.Mockito.never()).dismiss(any(), anyLong(), anyString());
    }

    @Test
    void someoneWhoOnlyReadsMayNotDecide() throws Exception {
        mvc.perform(post("/duty/violations/5/decide").with(csrf()).with(withPermissions(DutyPermissions.DUTY_VIEW))
            .param("confirm", "true").param("note", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(violations);
    }

    @Test
    void theGuardsPhonePageShowsWhatWasHandedToHimAndTheFormWithHisColleagues() throws Exception {
        when(handovers.desk(any())).thenReturn(new Desk(11L, "福田支行", 21L,
                List.of(new Colleague(new EmployeeId(2), "何勇")), List.of("李明 · 送取快件"), LocalDate.of(2026, 12, 7)));
        when(handovers.awaitingMe(any())).thenReturn(List.of(handed()));
        mvc.perform(get("/duty/handover/my").with(as(ScopeLevel.OWN, 11L, DutyPermissions.DUTY_HANDOVER)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"handover-form\"")))
            .andExpect(content().string(containsString("何勇")))
            .andExpect(content().string(containsString("李明 · 送取快件")))
            .andExpect(content().string(containsString("/duty/handover/9/acknowledge")))
            .andExpect(content().string(containsString("钥匙")));
    }

    @Test
    void acknowledgingTwiceComesBackAsARefusalOnThePhonePage() throws Exception {
        doThrow(new DomainException("duty.handover.alreadyAnswered")).when(handovers).acknowledge(any(), eq(9L));
        mvc.perform(post("/duty/handover/9/acknowledge").with(csrf()).with(as(ScopeLevel.OWN, 11L, DutyPermissions.DUTY_HANDOVER)))
            .andExpect(redirectedUrl("/duty/handover/my"))
            .andExpect(flash().attribute("problem", "duty.handover.alreadyAnswered"));
    }

    @Test
    void thePhonesQueueGetsAnAnswerPerEntryWithTheRefusalInTheUsersLanguage() throws Exception {
        when(handovers.write(any(), any())).thenReturn(new WriteResult("a-1", Outcome.ACCEPTED, 1L, null, null))
            .thenReturn(new WriteResult("a-1", Outcome.DUPLICATE, 1L, null, null))
            .thenThrow(new DomainException("duty.handover.incomingNotAtSite"));
        String entry = "{\"clientId\": \"%s\", \"siteId\": 11, \"incomingId\": 2, \"items\": [\"RADIO\"]}";
        mvc.perform(post("/duty/handover/my/entries").with(csrf()).with(as(ScopeLevel.OWN, 11L, DutyPermissions.DUTY_HANDOVER))
            .header("Accept-Language", "zh-CN")
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"entries\": [" + entry.formatted("a-1") + "," + entry.formatted("a-1") + "," + entry.formatted("b-2") + "]}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.results[0].outcome").value("ACCEPTED"))
            .andExpect(jsonPath("$.results[1].outcome").value("DUPLICATE"))
            .andExpect(jsonPath("$.results[2].outcome").value("REJECTED"))
            .andExpect(jsonPath("$.results[2].reason").value("接班人不在本驻点工作。"));
    }

    @Test
    void aGuardCannotReadTheBooks() throws Exception {
        mvc.perform(get("/duty/handovers").with(as(ScopeLevel.OWN, 11L, DutyPermissions.DUTY_HANDOVER)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/duty/violations").with(as(ScopeLevel.OWN, 11L, DutyPermissions.DUTY_HANDOVER)))
            .andExpect(status().isForbidden());
    }

    @Test
    void aPostCheckFormPicksTheSiteFirstForSomeoneWithSeveralSites() throws Exception {
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(11), "S101", "福田支行"),
                new SiteChoice(new SiteId(12), "S102", "南山支行")));
        mvc.perform(get("/duty/checks/new").with(withPermissions(DutyPermissions.DUTY_CHECK)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"site-step\"")))
            .andExpect(content().string(not(containsString("id=\"check-form\""))))
            .andExpect(content().string(not(containsString("COVERT"))));
        mvc.perform(get("/duty/checks/new").param("siteId", "11")
            .with(withPermissions(DutyPermissions.DUTY_CHECK, DutyPermissions.DUTY_COVERT)))
            .andExpect(content().string(containsString("id=\"check-form\"")))
            .andExpect(content().string(containsString("value=\"COVERT\"")));
    }

    @Test
    void aPostCheckAtASiteOutOfScopeIsRefusedOnTheForm() throws Exception {
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(11), "S101", "福田支行")));
        when(checks.record(any(), any())).thenThrow(new DomainException("duty.siteOutOfScope"));
        mvc.perform(post("/duty/checks").with(csrf()).with(as(ScopeLevel.SITE, 11L, DutyPermissions.DUTY_CHECK))
            .header("Accept-Language", "zh-CN")
            .param("siteId", "99").param("kind", "ROUTINE").param("guardPresent", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该驻点不在您的管辖范围内。")));
    }

    @Test
    void onlyThoseWhoMaySeeCovertInspectionsPublishThem() throws Exception {
        mvc.perform(post("/duty/checks/3/publish").with(csrf()).with(withPermissions(DutyPermissions.DUTY_VIEW,
                DutyPermissions.DUTY_CHECK)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/duty/checks/3/publish").with(csrf()).with(withPermissions(DutyPermissions.DUTY_COVERT)))
            .andExpect(redirectedUrl("/duty/checks/3"));
        verify(checks).publish(any(), eq(3L));
    }

    @Test
    void theApiAnswersARefusedCheckAsProblemJson() throws Exception {
        when(checks.record(any(), any())).thenThrow(new DomainException("duty.check.deadlineRequired"));
        mvc.perform(post("/api/v1/duty/checks").with(csrf()).with(withPermissions(DutyPermissions.DUTY_CHECK))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\": 11, \"kind\": \"ROUTINE\", \"guardPresent\": true, \"failed\": [\"UNIFORM\"]}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theBookShowsAnUnpublishedCovertInspectionAsSuch() throws Exception {
        when(checks.card(any(), eq(3L))).thenReturn(new CheckRow(3, 11, "福田支行", null, "督察 冯刚", CheckerRole.INSPECTOR,
                CheckKind.COVERT, AT, "马超", true, List.of(), null, null, null, null, false));
        mvc.perform(get("/duty/checks/3").with(withPermissions(DutyPermissions.DUTY_VIEW, DutyPermissions.DUTY_COVERT)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("check-unpublished")))
            .andExpect(content().string(containsString("publish-form")));
    }

    @Test
    void anUnknownOmissionNumberIsRefusedOnTheHandoverPage() throws Exception {
        when(handovers.card(any(), eq(9L))).thenReturn(handed());
        when(followUp.linkOmission(any(), eq(9L), eq("SJ-19990101-999"), anyString()))
            .thenThrow(new DomainException("duty.handover.referenceUnknown", "SJ-19990101-999"));
        mvc.perform(post("/duty/handovers/9/omission").with(csrf())
            .with(withPermissions(DutyPermissions.DUTY_VIEW, DutyPermissions.DUTY_DECIDE))
            .param("reference", "SJ-19990101-999").param("note", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("交接所在驻点没有编号为 SJ-19990101-999 的突发事件或投诉。")));
    }

    @Test
    void theApiAnswersAnUnknownOmissionNumberAsProblemJson() throws Exception {
        when(followUp.linkOmission(any(), eq(9L), eq("KS-19990101-999"), anyString()))
            .thenThrow(new DomainException("duty.handover.referenceUnknown", "KS-19990101-999"));
        mvc.perform(post("/api/v1/duty/handovers/9/omission").with(csrf()).with(withPermissions(DutyPermissions.DUTY_DECIDE))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"reference\": \"KS-19990101-999\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(containsString("KS-19990101-999")));
    }

}
