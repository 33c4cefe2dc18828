package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Optional;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.CorrectiveActions;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class CorrectiveActionApiControllerTests {

    private static final String BASE = "/api/v1/servicedesk/complaints/5/corrective-action";

    @Autowired
    MockMvc mvc;

    @Autowired
    CorrectiveActions actions;

    @Test
    void securityOperationsRecordsTheCauseAndGetsTheActionAsItNowIs() throws Exception {
        var action = CorrectiveActionControllerTests.action();
        when(actions.plan(any(), eq(5L), any())).thenReturn(action);
        mvc.perform(put(BASE).with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE)).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"cause": "队长查岗不到位", "measure": "夜班增加一次查岗", "owner": "SECURITY_OPS", "ownerName": "王强",
                         "dueOn": "2026-12-14"}"""))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("OPEN"))
            .andExpect(jsonPath("$.owner").value("SECURITY_OPS"))
            .andExpect(jsonPath("$.dueOn").value("2026-12-14"));
        when(actions.of(any(), eq(5L))).thenReturn(Optional.of(action));
        mvc.perform(get(BASE).with(withPermissions(ServiceDeskPermissions.MEMOS_DECIDE)))
            .andExpect(jsonPath("$.cause").value("队长查岗不到位"));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndADomainRefusalIn422InChinese() throws Exception {
        mvc.perform(put(BASE).with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"cause\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("cause", "measure", "owner", "ownerName", "dueOn")));
        when(actions.done(any(), eq(5L), anyString())).thenThrow(new DomainException("servicedesk.corrective.wrongState"));
        mvc.perform(post(BASE + "/done").header("Accept-Language", "zh-CN").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"note\": \"完成\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("改善对策已执行，不能再修改。"));
    }

    @Test
    void aClientIsRefusedAVisitorMustSignInAndAnotherSitesComplaintIsNotFound() throws Exception {
        mvc.perform(get(BASE).with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_VIEW))).andExpect(status().isForbidden());
        mvc.perform(post(BASE + "/effect").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"effective\": true, \"note\": \"有效\"}"))
            .andExpect(status().isForbidden());
        mvc.perform(get(BASE)).andExpect(status().isUnauthorized());
        verifyNoInteractions(actions);
        when(actions.of(any(), eq(6L))).thenThrow(new NotFoundException("entity.complaint", 6L));
        mvc.perform(get("/api/v1/servicedesk/complaints/6/corrective-action").with(as(ScopeLevel.SITE, 3L,
                ServiceDeskPermissions.COMPLAINTS_INVESTIGATE)))
            .andExpect(status().isNotFound());
    }

}
