package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.ComplaintType;
import org.garrison.servicedesk.internal.ComplaintTypes;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ComplaintTypeApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ComplaintTypes types;

    @Test
    void customerServiceListsAndAddsTypes() throws Exception {
        var type = new ComplaintType("ATTITUDE", "服务态度", "Attitude");
        ReflectionTestUtils.setField(type, "id", 3L);
        when(types.all()).thenReturn(List.of(type));
        mvc.perform(get("/api/v1/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].code").value("ATTITUDE"))
            .andExpect(jsonPath("$[0].active").value(true));
        when(types.add("NOISE", "噪音扰民", "Noise")).thenReturn(type);
        mvc.perform(post("/api/v1/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"NOISE\", \"nameZh\": \"噪音扰民\", \"nameEn\": \"Noise\"}"))
            .andExpect(status().isCreated());
    }

    @Test
    void aMissingCodeIsRefusedWith422AndMissingNamesFieldByField() throws Exception {
        when(types.add(eq(""), any(), any())).thenThrow(new DomainException("servicedesk.type.codeInvalid"));
        mvc.perform(post("/api/v1/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"nameZh\": \"噪音扰民\", \"nameEn\": \"Noise\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(put("/api/v1/servicedesk/complaint-types/3").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[*].field").value(hasItems("nameZh", "nameEn")));
        when(types.change(eq(99L), any(), any(), eq(false))).thenThrow(new NotFoundException("servicedesk.complaint.type", 99L));
        mvc.perform(put("/api/v1/servicedesk/complaint-types/99").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"nameZh\": \"噪音\", \"nameEn\": \"Noise\"}"))
            .andExpect(status().isNotFound());
    }

    @Test
    void onlyCustomerServiceKeepsTheTypes() throws Exception {
        mvc.perform(get("/api/v1/servicedesk/complaint-types").with(as(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/servicedesk/complaint-types").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE))
                .contentType(MediaType.APPLICATION_JSON).content("{\"code\": \"NOISE\", \"nameZh\": \"噪音扰民\", \"nameEn\": \"Noise\"}"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(types);
    }

}
