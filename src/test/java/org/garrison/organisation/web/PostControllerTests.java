package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.POST_ID;
import static org.garrison.organisation.web.OrgSamples.SITE_ID;
import static org.garrison.organisation.web.OrgSamples.UNKNOWN_ID;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.PostKind;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class PostControllerTests {

    private final Principal manager = principal(ScopeLevel.BRANCH, OrgSamples.BRANCH_ID, OrganisationPermissions.ORG_VIEW,
            OrganisationPermissions.ORG_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgStructure structure;

    @BeforeEach
    void sitesAndPosts() {
        when(structure.site(any(), eq(SITE_ID))).thenReturn(OrgSamples.site());
        when(structure.site(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.site", UNKNOWN_ID));
        when(structure.post(any(), eq(POST_ID))).thenReturn(OrgSamples.post());
        when(structure.post(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.post", UNKNOWN_ID));
    }

    @Test
    void managerOpensTheNewPostFormOfASiteInTheirScope() throws Exception {
        mvc.perform(get("/org/sites/{id}/posts/new", SITE_ID).with(user(manager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("添加岗位")))
            .andExpect(content().string(containsString("S701 · 滨海银行总部")))
            .andExpect(content().string(containsString("监控室")))
            .andExpect(content().string(containsString("action=\"/org/sites/" + SITE_ID + "/posts\"")));
        verify(structure).site(manager.scope(), SITE_ID);
    }

    @Test
    void siteOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/org/sites/{id}/posts/new", UNKNOWN_ID).with(user(manager)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("驻点 99 不存在或不在您的数据范围内。")));
        when(structure.createPost(any(), eq(UNKNOWN_ID), anyString(), any()))
            .thenThrow(new NotFoundException("entity.site", UNKNOWN_ID));
        mvc.perform(post("/org/sites/{id}/posts", UNKNOWN_ID).with(user(manager)).with(csrf())
                .param("name", "东门岗").param("kind", "GATE"))
            .andExpect(status().isNotFound());
    }

    @Test
    void managerAddsAPostWithinTheirScope() throws Exception {
        mvc.perform(post("/org/sites/{id}/posts", SITE_ID).with(user(manager)).with(csrf())
                .param("name", "北门岗").param("kind", "GATE"))
            .andExpect(redirectedUrl("/org/sites/" + SITE_ID))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).createPost(manager.scope(), SITE_ID, "北门岗", PostKind.GATE);
    }

    @Test
    void postWithoutKindReRendersTheFormAndAddsNothing() throws Exception {
        mvc.perform(post("/org/sites/{id}/posts", SITE_ID).with(user(manager)).with(csrf()).param("name", "北门岗"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("请选择。")))
            .andExpect(content().string(containsString("value=\"北门岗\"")));
        verify(structure, never()).createPost(any(), anyLong(), anyString(), any());
    }

    @Test
    void takenNameIsShownOnTheFormInTheUsersLanguage() throws Exception {
        when(structure.createPost(any(), eq(SITE_ID), anyString(), any()))
            .thenThrow(new DomainException("org.postNameTaken", "东门岗"));
        mvc.perform(post("/org/sites/{id}/posts", SITE_ID).with(user(manager)).with(csrf())
                .param("name", "东门岗").param("kind", "GATE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该驻点已有名为“东门岗”的岗位。")));
        mvc.perform(post("/org/sites/{id}/posts", SITE_ID).with(user(manager)).with(csrf())
                .cookie(new Cookie("GARRISON_LANG", "en")).param("name", "东门岗").param("kind", "GATE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("This site already has a post named 东门岗.")));
    }

    @Test
    void managerEditsAPostOfTheirScope() throws Exception {
        mvc.perform(get("/org/posts/{id}/edit", POST_ID).with(user(manager)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("编辑岗位")))
            .andExpect(content().string(containsString("value=\"东门岗\"")))
            .andExpect(content().string(containsString("action=\"/org/posts/" + POST_ID + "\"")));
        verify(structure).post(manager.scope(), POST_ID);
        mvc.perform(get("/org/posts/{id}/edit", UNKNOWN_ID).with(user(manager)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("岗位 99 不存在或不在您的数据范围内。")));
    }

    @Test
    void changesAreSavedWithinTheManagersScopeAndLeadBackToTheSite() throws Exception {
        mvc.perform(post("/org/posts/{id}", POST_ID).with(user(manager)).with(csrf())
                .param("name", "东门岗（夜）").param("kind", "PATROL").param("_active", "on"))
            .andExpect(redirectedUrl("/org/sites/" + SITE_ID))
            .andExpect(flash().attribute("flash", "common.saved"));
        verify(structure).updatePost(manager.scope(), POST_ID, "东门岗（夜）", PostKind.PATROL, false);
    }

    @Test
    void changesToAPostOutsideTheScopeAreNotFound() throws Exception {
        mvc.perform(post("/org/posts/{id}", UNKNOWN_ID).with(user(manager)).with(csrf())
                .param("name", "东门岗").param("kind", "GATE"))
            .andExpect(status().isNotFound());
        verify(structure, never()).updatePost(any(), anyLong(), anyString(), any(), anyBoolean());
    }

    @Test
    void invalidOrRefusedChangesAreShownOnTheForm() throws Exception {
        mvc.perform(post("/org/posts/{id}", POST_ID).with(user(manager)).with(csrf()).param("name", "").param("kind", "GATE"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(structure, never()).updatePost(any(), anyLong(), anyString(), any(), anyBoolean());
        doThrow(new DomainException("org.postNameTaken", "大堂岗")).when(structure)
            .updatePost(any(), eq(POST_ID), anyString(), any(), anyBoolean());
        mvc.perform(post("/org/posts/{id}", POST_ID).with(user(manager)).with(csrf())
                .param("name", "大堂岗").param("kind", "LOBBY"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("该驻点已有名为“大堂岗”的岗位。")));
    }

    @Test
    void usersWithoutOrgManageAreRefused() throws Exception {
        var viewer = withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.CLIENTS_MANAGE);
        mvc.perform(get("/org/sites/{id}/posts/new", SITE_ID).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/org/sites/{id}/posts", SITE_ID).with(viewer).with(csrf()).param("name", "x").param("kind", "GATE"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/org/posts/{id}/edit", POST_ID).with(viewer)).andExpect(status().isForbidden());
        mvc.perform(post("/org/posts/{id}", POST_ID).with(viewer).with(csrf()).param("name", "x").param("kind", "GATE"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(structure);
    }

    @Test
    void anonymousIsSentToSignInAndChangesWithoutCsrfTokenAreRefused() throws Exception {
        mvc.perform(get("/org/sites/{id}/posts/new", SITE_ID)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/org/posts/{id}/edit", POST_ID)).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/org/sites/{id}/posts", SITE_ID).with(user(manager)).param("name", "x").param("kind", "GATE"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/org/posts/{id}", POST_ID).with(user(manager)).param("name", "x").param("kind", "GATE"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(structure);
    }

}
