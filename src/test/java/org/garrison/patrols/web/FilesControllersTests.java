package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.LabelSheet;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.patrols.internal.WandImport;
import org.garrison.patrols.internal.WandUploads;
import org.garrison.patrols.internal.Wands;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Label sheets and wand imports: files in and out, for the people who set up tours only. */
@WebSliceTest
class FilesControllersTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LabelSheet labels;

    @Autowired
    WandUploads uploads;

    @Autowired
    Wands wands;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(101), "S101", "鹏城银行福田支行")));
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
    }

    @Test
    void labelsOfTheChosenCheckpointsComeAsAPdf() throws Exception {
        when(labels.pdf(any(), eq(List.of(1L, 2L)), anyString())).thenReturn("%PDF-1.7".getBytes());
        mvc.perform(get("/patrol/checkpoints/labels.pdf").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .param("ids", "1", "2"))
            .andExpect(status().isOk())
            .andExpect(content().contentType("application/pdf"));
        when(labels.pdf(any(), eq(List.of()), anyString())).thenThrow(new DomainException("patrol.labels.noneChosen"));
        mvc.perform(get("/patrol/checkpoints/labels.pdf").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void anImportIsReportedLineByLine() throws Exception {
        when(uploads.upload(eq("wand.csv"), any())).thenReturn(new WandUploads.Answered(new WandImport.Report("GB18030", List.of(
                new WandImport.Line(2, ScanIngest.Outcome.ACCEPTED, null, List.of(), "W-1,T-1,2026-11-21 20:00:00"),
                new WandImport.Line(3, ScanIngest.Outcome.REJECTED, "patrol.import.unknownTag", List.of("T-404"),
                        "W-1,T-404,2026-11-21 20:01:00")))));
        mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", "wand.csv", "text/csv", new byte[] { 1 }))
            .with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-line=\"3\" data-outcome=\"REJECTED\"")))
            .andExpect(content().string(containsString("没有标签号为 T-404 的在用巡更点")))
            .andExpect(content().string(containsString("W-1,T-404,2026-11-21 20:01:00")))
            .andExpect(content().string(containsString("按 GB18030 编码读取")));
        mvc.perform(multipart("/patrol/import").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择要导入的文件")));
    }

    @Test
    void aLargerFileIsHandedToALongJobWhoseProgressPageFollows() throws Exception {
        when(uploads.upload(eq("night.csv"), any())).thenReturn(new WandUploads.Started(42));
        mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", "night.csv", "text/csv", new byte[] { 1 }))
            .with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf()))
            .andExpect(redirectedUrl("/jobs/42"));
        when(uploads.upload(eq("huge.csv"), any())).thenThrow(new DomainException("patrol.import.tooManyLines", 1_000_000));
        mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", "huge.csv", "text/csv", new byte[] { 1 }))
            .with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("每个文件最多 1,000,000 行")));
    }

    @Test
    void aWandIsRegisteredAndAnUnknownGuardIsRefused() throws Exception {
        mvc.perform(post("/patrol/wands").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("deviceId", "W-01").param("guard", "guard").param("siteId", "101"))
            .andExpect(redirectedUrl("/patrol/import"));
        verify(wands).register(any(), eq("W-01"), eq("guard"), eq(101L));
        when(wands.register(any(), eq("W-02"), eq("nobody"), eq(101L))).thenThrow(new DomainException("patrol.wand.unknownGuard", "nobody"));
        mvc.perform(post("/patrol/wands").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("deviceId", "W-02").param("guard", "nobody").param("siteId", "101"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("没有用户名为 nobody 的用户")));
    }

    @Test
    void onlyPeopleWhoSetUpToursHandleLabelsAndImports() throws Exception {
        mvc.perform(get("/patrol/checkpoints/labels.pdf").with(as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW)).param("ids", "1"))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", "w.csv", "text/csv", new byte[] { 1 }))
            .with(withPermissions(PatrolPermissions.PATROL_MONITOR)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(multipart("/patrol/import").file(new MockMultipartFile("file", "w.csv", "text/csv", new byte[] { 1 }))
            .with(as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW, PatrolPermissions.PATROL_MONITOR)).with(csrf()))
            .andExpect(status().isForbidden());
        verify(labels, never()).pdf(any(), anyList(), anyString());
        verify(uploads, never()).upload(any(), any());
    }

}
