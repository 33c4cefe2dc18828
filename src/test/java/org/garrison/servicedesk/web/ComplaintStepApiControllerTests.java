package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.Complaint;
import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.ComplaintChannel;
import org.garrison.servicedesk.internal.ComplaintDetails;
import org.garrison.servicedesk.internal.ComplaintFlow;
import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.ComplaintQueries.ComplaintCard;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.servicedesk.internal.Memo;
import org.garrison.servicedesk.internal.Memos;
import org.garrison.servicedesk.internal.Responsibility;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ComplaintStepApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Complaints complaints;

    @Autowired
    ComplaintFlow flow;

    @Autowired
    Memos memos;

    @Autowired
    ComplaintQueries queries;

    @Test
    void customerServiceAcceptsAndDraftsAndGetsTheComplaintAsItNowIs() throws Exception {
        when(queries.card(any(), eq(5L))).thenReturn(new ComplaintCard(complaint(), List.of(), List.of(), null, null, List.of(), false));
        mvc.perform(post("/api/v1/servicedesk/complaints/5/accept").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reasonable\": true, \"category\": \"FEE_DEDUCTION\", \"claimedAmount\": 800}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.number").value("KS-20261123-001"))
            .andExpect(jsonPath("$.handling").exists());
        verify(complaints).accept(any(), eq(5L), eq(true), eq(ComplaintCategory.FEE_DEDUCTION), eq(new BigDecimal("800")));

        mvc.perform(post("/api/v1/servicedesk/complaints/5/draft").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"handling\": \"调岗并培训\", \"responsibility\": \"COMPANY\", \"compensation\": 500}"))
            .andExpect(status().isOk());
        verify(flow).draft(any(), eq(5L), eq("调岗并培训"), eq(Responsibility.COMPANY), eq(new BigDecimal("500")));
    }

    @Test
    void aStepOutOfTurnIsRefusedWith422AndAnIncompleteOneFieldByField() throws Exception {
        when(flow.answer(any(), eq(5L), anyString())).thenThrow(new DomainException("servicedesk.complaint.wrongState", "KS-20261123-001"));
        mvc.perform(post("/api/v1/servicedesk/complaints/5/answer").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"已处理\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("投诉 KS-20261123-001 不在此步骤（可能已被他人处理）。"));
        mvc.perform(post("/api/v1/servicedesk/complaints/5/investigate").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"findings\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("findings", "responsiblePeople")));
    }

    @Test
    void memosAreFiledByTheDepartmentsAndDecidedByManagement() throws Exception {
        var memo = new Memo(5, "人防部", "责任认定与监控记录不符。", "客服部 张敏", Instant.parse("2026-11-23T02:00:00Z"));
        ReflectionTestUtils.setField(memo, "id", 4L);
        when(memos.file(any(), eq(5L), eq("人防部"), eq("责任认定与监控记录不符。"))).thenReturn(memo);
        mvc.perform(post("/api/v1/servicedesk/complaints/5/memos").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"department\": \"人防部\", \"objection\": \"责任认定与监控记录不符。\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(4));
        when(memos.decide(any(), eq(5L), eq(4L), anyString())).thenThrow(new DomainException("servicedesk.memo.decided"));
        mvc.perform(post("/api/v1/servicedesk/complaints/5/memos/4/decide").with(withPermissions(ServiceDeskPermissions.MEMOS_DECIDE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"维持原处理\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/servicedesk/complaints/5/memos/4/decide").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"维持原处理\"}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void aClientTakesNoStepsAndAComplaintOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(post("/api/v1/servicedesk/complaints/5/accept").with(as(ScopeLevel.CLIENT, 7L,
                ServiceDeskPermissions.COMPLAINTS_VIEW, ServiceDeskPermissions.COMPLAINTS_FILE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reasonable\": true}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/complaints/5/memos").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(complaints, memos);

        when(flow.investigate(any(), eq(6L), anyString(), anyString())).thenThrow(new NotFoundException("entity.complaint", 6L));
        mvc.perform(post("/api/v1/servicedesk/complaints/6/investigate").with(as(ScopeLevel.SITE, 3L, ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"findings\": \"迟到\", \"responsiblePeople\": \"张伟\"}"))
            .andExpect(status().isNotFound());
        verify(flow, org.mockito.Mockito.never()).returnVisit(any(), anyLong(), any());
    }

    private static Complaint complaint() {
        var complaint = new Complaint("KS-20261123-001", 7L, new ComplaintDetails(1, "鹏城银行深圳分行", null, "0755",
                "夜班保安态度生硬", "调岗", ComplaintCategory.GENERAL, "ATTITUDE", ComplaintChannel.PORTAL, null, null, null, null, null),
                3L, Instant.parse("2026-11-23T01:00:00Z"));
        ReflectionTestUtils.setField(complaint, "id", 5L);
        return complaint;
    }

}
