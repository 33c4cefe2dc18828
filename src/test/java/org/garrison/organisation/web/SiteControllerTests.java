package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.BRANCH_ID;
import static org.garrison.organisation.web.OrgSamples.CLIENT_ID;
import static org.garrison.organisation.web.OrgSamples.SITE_ID;
import static org.garrison.organisation.web.OrgSamples.UNKNOWN_ID;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ClientChoice;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.garrison.organisation.internal.OrgStructure.SiteFilter;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ClientId;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SiteControllerTests {

    private final Principal viewer = principal(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW);

    private final Principal manager = principal(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgStructure structure;

    @Autowired
    Clients clients;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void sites() {
        when(directory.sites(any(), any())).thenReturn(List.of(OrgSamples.siteRow()));
        when(directory.site(any(), eq(SITE_ID))).thenReturn(OrgSamples.siteWithPosts());
        when(directory.site(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.site", UNKNOWN_ID));
        when(structure.site(any(), eq(SITE_ID))).thenReturn(OrgSamples.site());
        when(structure.site(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.site", UNKNOWN_ID));
        when(structure.branches(any())).thenReturn(List.of(OrgSamples.branch()));
        when(clients.list(any(), any(), any())).thenReturn(List.of(OrgSamples.client()));
        when(organisation.clientNames()).thenReturn(List.of(new ClientChoice(new ClientId(CLIENT_ID), "滨海银行"), new ClientChoice(new ClientId(6), "南山物业")));
    }

    @Test
    void viewerListsTheSitesOfTheirScopeNarrowedByTheFilter() throws Exception {
        mvc.perform(get("/org/sites").with(user(viewer)).param("branchId", String.valueOf(BRANCH_ID)).param("active", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-site=\"S701\"")))
            .andExpect(content().string(containsString("滨海银行总部")))
            .andExpect(content().string(containsString("共 1 个驻点")))
            .andExpect(content().string(containsString("<option value=\"7\" selected=\"selected\">B7 · 第七大队</option>")))
            .andExpect(content().string(not(containsString("/org/sites/new"))));
        verify(directory).sites(viewer.scope(), new SiteFilter(BRANCH_ID, null, true));
        verify(structure).branches(viewer.scope());
        verify(clients).list(viewer.scope(), null, null);
    }

    @Test
    void managerSeesTheLinkToANewSite() throws Exception {
        mvc.perform(get("/org/sites").with(user(manager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/org/sites/new\"")));
        verify(directory).sites(manager.scope(), SiteFilter.none());
    }

    @Test
    void malformedFilterIsABadRequestNotAnError() throws Exception {
        mvc.perform(get("/org/sites").with(user(viewer)).param("branchId", "B7"))
            .andExpect(status().isBadRequest())
            .andExpect(content().string(containsString("参数 branchId 的值无效：“B7”。")));
        verifyNoInteractions(directory);
    }

    @Test
    void viewerOpensASiteWithItsPosts() throws Exception {
        mvc.perform(get("/org/sites/{id}", SITE_ID).with(user(viewer)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"site-name\">滨海银行总部")))
            .andExpect(content().string(containsString("东门岗")))
            .andExpect(content().string(containsString("<td>门岗</td>")))
            .andExpect(content().string(not(containsString("/org/sites/" + SITE_ID + "/edit"))))
            .andExpect(content().string(not(containsString("href=\"/clients/" + CLIENT_ID + "\""))));
        verify(directory).site(viewer.scope(), SITE_ID);
    }

    @Test
    void managerWithClientAccessSeesEditLinksAndTheClient() throws Exception {
        mvc.perform(get("/org/sites/{id}", SITE_ID)
                .with(withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE, OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/org/sites/" + SITE_ID + "/edit")))
            .andExpect(content().string(containsString("/org/sites/" + SITE_ID + "/posts/new")))
            .andExpect(content().string(containsString("href=\"/clients/" + CLIENT_ID + "\"")));
    }

    @Test
    void siteOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/org/sites/{id}", UNKNOWN_ID).with(user(viewer)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("驻点 99 不存在或不在您的数据范围内。")));
        mvc.perform(get("/org/sites/{id}", UNKNOWN_ID).with(user(viewer)).param("lang", "en"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("Site 99 does not exist or is outside your data scope.")));
        mvc.perform(get("/org/sites/{id}/edit", UNKNOWN_ID).with(user(manager))).andExpect(status().isNotFound());
    }

    @Test
    void newSiteFormOffersTheBranchesOfTheScopeAndPresetsTheChoices() throws Exception {
        mvc.perform(get("/org/sites/new").with(user(manager)).param("branchId", String.valueOf(BRANCH_ID))
                .param("clientId", String.valueOf(CLIENT_ID)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("新建驻点")))
            .andExpect(content().string(containsString("<option value=\"7\" selected=\"selected\">B7 · 第七大队</option>")))
            .andExpect(content().string(containsString("<option value=\"5\" selected=\"selected\">滨海银行</option>")))
            .andExpect(content().string(containsString("南山物业")));
        verify(structure).branches(manager.scope());
    }

    @Test
    void managerCreatesASiteWithinTheirScope() throws Exception {
        when(structure.createSite(any(), any())).thenReturn(OrgSamples.withId(OrgSamples.site(), 31));
        mvc.perform(post("/org/sites").with(user(manager)).with(csrf()).param("branchId", String.valueOf(BRANCH_ID))
                .param("clientId", String.valueOf(CLIENT_ID)).param("code", "s702").param("name", "滨海银行南山支行")
                .param("address", "深圳市南山区"))
            .andExpect(redirectedUrl("/org/sites/31"))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).createSite(manager.scope(), new SiteDetails(BRANCH_ID, CLIENT_ID, "s702", "滨海银行南山支行", "深圳市南山区"));
    }

    @Test
    void invalidSiteReRendersTheFormAndCreatesNothing() throws Exception {
        mvc.perform(post("/org/sites").with(user(manager)).with(csrf()).param("code", "s 7").param("name", "新驻点"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("请选择。")))
            .andExpect(content().string(containsString("只能使用字母、数字和连字符。")))
            .andExpect(content().string(containsString("value=\"新驻点\"")));
        verify(structure, never()).createSite(any(), any());
    }

    @Test
    void refusedSiteIsShownOnTheFormAndABranchOutsideTheScopeIsNotFound() throws Exception {
        when(structure.createSite(any(), any())).thenThrow(new DomainException("org.codeTaken", "S701"));
        mvc.perform(post("/org/sites").with(user(manager)).with(csrf()).cookie(new Cookie("GARRISON_LANG", "en"))
                .param("branchId", String.valueOf(BRANCH_ID)).param("code", "S701").param("name", "重复驻点"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The code S701 is already in use.")));
        doThrow(new NotFoundException("entity.branch", UNKNOWN_ID)).when(structure).createSite(any(), any());
        mvc.perform(post("/org/sites").with(user(manager)).with(csrf())
                .param("branchId", String.valueOf(UNKNOWN_ID)).param("code", "S799").param("name", "越权驻点"))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("大队 99 不存在或不在您的数据范围内。")));
    }

    @Test
    void managerEditsASiteOfTheirScope() throws Exception {
        mvc.perform(get("/org/sites/{id}/edit", SITE_ID).with(user(manager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编辑驻点")))
            .andExpect(content().string(containsString("value=\"S701\"")))
            .andExpect(content().string(containsString("action=\"/org/sites/" + SITE_ID + "\"")));
        verify(directory).site(manager.scope(), SITE_ID);
    }

    @Test
    void changesAreSavedWithinTheManagersScope() throws Exception {
        mvc.perform(post("/org/sites/{id}", SITE_ID).with(user(manager)).with(csrf())
                .param("branchId", String.valueOf(BRANCH_ID)).param("clientId", "").param("code", "S701")
                .param("name", "滨海银行总部").param("address", "").param("_active", "on"))
            .andExpect(redirectedUrl("/org/sites/" + SITE_ID))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).updateSite(manager.scope(), SITE_ID, new SiteDetails(BRANCH_ID, null, "S701", "滨海银行总部", ""),
                false);
    }

    @Test
    void invalidOrRefusedChangesStayOnTheFormOfASiteInScope() throws Exception {
        mvc.perform(post("/org/sites/{id}", SITE_ID).with(user(manager)).with(csrf()).param("code", "S701").param("name", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(structure).site(manager.scope(), SITE_ID);
        mvc.perform(post("/org/sites/{id}", UNKNOWN_ID).with(user(manager)).with(csrf()).param("code", "S799").param("name", ""))
            .andExpect(status().isNotFound());
        verify(structure, never()).updateSite(any(), anyLong(), any(), anyBoolean());
        doThrow(new DomainException("org.codeTaken", "S101")).when(structure)
            .updateSite(any(), eq(SITE_ID), any(), anyBoolean());
        mvc.perform(post("/org/sites/{id}", SITE_ID).with(user(manager)).with(csrf())
                .param("branchId", String.valueOf(BRANCH_ID)).param("code", "S101").param("name", "滨海银行总部"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编号 S101 已被使用。")));
    }

    @Test
    void usersWithoutOrgViewMayNotReadAndViewersMayNotChange() throws Exception {
        var outsider = withPermissions(OrganisationPermissions.CLIENTS_VIEW, OrganisationPermissions.CLIENTS_MANAGE);
        mvc.perform(get("/org/sites").with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/org/sites/{id}", SITE_ID).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/org/sites/new").with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/org/sites").with(user(viewer)).with(csrf()).param("branchId", "7").param("code", "S9")
                .param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/org/sites/{id}/edit", SITE_ID).with(user(viewer))).andExpect(status().isForbidden());
        mvc.perform(post("/org/sites/{id}", SITE_ID).with(user(viewer)).with(csrf()).param("branchId", "7")
                .param("code", "S701").param("name", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(directory, structure, clients, organisation);
    }

    @Test
    void anonymousIsSentToSignInAndChangesWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(get("/org/sites")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/org/sites/{id}", SITE_ID)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/org/sites/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/org/sites").with(user(manager)).param("branchId", "7").param("code", "S9").param("name", "x"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/org/sites/{id}", SITE_ID).with(user(manager)).param("branchId", "7").param("code", "S701")
                .param("name", "x"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(directory, structure, clients, organisation);
    }

}
