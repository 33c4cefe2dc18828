package org.garrison.siteops.inspections;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.siteops.SiteOpsPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Checklists over the API: read by viewers, written by managers only, a taken name refused. */
@WebSliceTest
class ChecklistApiControllerTests {

    static final String BODY = "{\"name\":\"消防设施检查\",\"category\":\"FIRE\",\"items\":\"灭火器压力正常\\n消防通道畅通\",\"active\":true}";

    @Autowired
    MockMvc mvc;

    @Autowired
    Checklists checklists;

    @Test
    void viewersReadActiveChecklistsWithTheirItems() throws Exception {
        var fire = checklist(2, "消防设施检查", "灭火器压力正常\n消防通道畅通");
        when(checklists.list()).thenReturn(List.of(fire, checklist(3, "门窗检查", "门锁完好")));
        mvc.perform(get("/api/v1/siteops/checklists").param("q", "消防").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].items[1]").value("消防通道畅通"));
    }

    @Test
    void managersWriteChecklistsAndATakenNameIsRefused() throws Exception {
        when(checklists.create(eq("消防设施检查"), eq(Checklist.Category.FIRE), anyString()))
            .thenReturn(checklist(2, "消防设施检查", "灭火器压力正常\n消防通道畅通"));
        mvc.perform(post("/api/v1/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.items.length()").value(2));
        doThrow(new DomainException("siteops.checklist.nameTaken", "门窗检查")).when(checklists)
            .update(eq(2L), eq("门窗检查"), any(), anyString(), anyBoolean());
        mvc.perform(put("/api/v1/siteops/checklists/2").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("消防设施检查", "门窗检查")))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/checklists").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/siteops/checklists/2").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"items\":\"\"}"))
            .andExpect(status().isBadRequest());
        verify(checklists, never()).update(anyLong(), eq(""), any(), anyString(), anyBoolean());
    }

    static Checklist checklist(long id, String name, String items) {
        var checklist = new Checklist(name, Checklist.Category.FIRE, items);
        ReflectionTestUtils.setField(checklist, "id", id);
        return checklist;
    }

}
