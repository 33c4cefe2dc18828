package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ActionOwner;
import org.garrison.servicedesk.internal.Complaint;
import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.ComplaintChannel;
import org.garrison.servicedesk.internal.ComplaintDetails;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.ComplaintQueries.ComplaintCard;
import org.garrison.servicedesk.internal.CorrectiveAction;
import org.garrison.servicedesk.internal.CorrectiveActions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class CorrectiveActionControllerTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintQueries queries;

    @Autowired
    CorrectiveActions actions;

    @BeforeEach
    void data() {
        when(queries.card(any(), eq(5L))).thenReturn(new ComplaintCard(accepted(), List.of(), List.of(), null, null, List.of(), false));
        when(queries.siteNames(any())).thenReturn(Map.of(1L, "鹏城银行福田支行"));
        when(queries.typeNames(any())).thenReturn(Map.of("ATTITUDE", "服务态度"));
    }

    @Test
    void theComplaintShowsTheCauseAndActionAndTheFormsItsStateAllows() throws Exception {
        var action = action();
        when(actions.of(any(), eq(5L))).thenReturn(Optional.of(action));
        when(actions.isOverdue(action)).thenReturn(true);
        mvc.perform(get("/servicedesk/complaints/5").header("Accept-Language", "zh-CN")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("发生原因及改善对策")))
            .andExpect(content().string(containsString("队长查岗不到位")))
            .andExpect(content().string(containsString("人防部 · 王强")))
            .andExpect(content().string(containsString("已逾期")))
            .andExpect(content().string(containsString("id=\"corrective-done-form\"")))
            .andExpect(content().string(not(containsString("id=\"corrective-effect-form\""))))
            .andExpect(content().string(containsString("/servicedesk/complaints/5/form.pdf")));
    }

    @Test
    void aClientSeesNoCauseNorPrintLinkAndMayNotRecordOne() throws Exception {
        mvc.perform(get("/servicedesk/complaints/5").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"corrective\""))))
            .andExpect(content().string(not(containsString("form.pdf"))));
        mvc.perform(post("/servicedesk/complaints/5/corrective-action").with(as(ScopeLevel.CLIENT, 7L,
                ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_FILE)).with(csrf())
                .param("cause", "x").param("measure", "y").param("owner", "TRAINING").param("ownerName", "z")
                .param("dueOn", "2026-12-20"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/servicedesk/complaints/5/corrective-action/effect").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .with(csrf()).param("effective", "true").param("note", "有效"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(actions);
    }

    @Test
    void recordingRedirectsToTheComplaintAndARefusalShowsItWithTheReason() throws Exception {
        mvc.perform(post("/servicedesk/complaints/5/corrective-action").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .with(csrf()).param("cause", "队长查岗不到位").param("measure", "夜班增加查岗").param("owner", "SECURITY_OPS")
                .param("ownerName", "王强").param("dueOn", "2026-12-20"))
            .andExpect(redirectedUrl("/servicedesk/complaints/5#corrective"));
        verify(actions).plan(any(), eq(5L), eq(new CorrectiveAction.Plan("队长查岗不到位", "夜班增加查岗", ActionOwner.SECURITY_OPS,
                "王强", LocalDate.of(2026, 12, 20))));

        when(actions.checkEffect(any(), eq(5L), eq(false), anyString(), any()))
            .thenThrow(new DomainException("servicedesk.corrective.newDueNeeded"));
        mvc.perform(post("/servicedesk/complaints/5/corrective-action/effect").header("Accept-Language", "zh-CN")
                .with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).with(csrf())
                .param("effective", "false").param("note", "仍有脱岗"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("效果未达到时须给出新的完成期限。")));

        mvc.perform(post("/servicedesk/complaints/5/corrective-action/done").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .with(csrf()).param("note", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        verify(actions, never()).done(any(), anyLong(), anyString());
        verify(actions, never()).checkEffect(any(), anyLong(), eq(true), anyString(), any());
    }

    static Complaint accepted() {
        var complaint = new Complaint("KS-20261123-001", 7L, new ComplaintDetails(1, "鹏城银行深圳分行", null, "0755",
                "夜班保安态度生硬", "调岗", ComplaintCategory.GENERAL, "ATTITUDE", ComplaintChannel.PHONE, null, null, null, null, null),
                3L, Instant.parse("2026-11-23T01:00:00Z"));
        complaint.accept("客服 周敏", LocalDate.of(2026, 11, 23), true, ComplaintCategory.GENERAL, null);
        ReflectionTestUtils.setField(complaint, "id", 5L);
        return complaint;
    }

    static CorrectiveAction action() {
        var action = new CorrectiveAction(5, 1, new CorrectiveAction.Plan("队长查岗不到位", "夜班增加一次查岗", ActionOwner.SECURITY_OPS,
                "王强", TODAY.plusDays(7)), TODAY, "客服 周敏", Instant.parse("2026-12-07T02:00:00Z"));
        ReflectionTestUtils.setField(action, "id", 9L);
        return action;
    }

}
