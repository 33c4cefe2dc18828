package org.garrison.organisation.web;

import static org.garrison.organisation.web.OrgSamples.BRANCH_ID;
import static org.garrison.organisation.web.OrgSamples.CLIENT_ID;
import static org.garrison.organisation.web.OrgSamples.POST_ID;
import static org.garrison.organisation.web.OrgSamples.SITE_ID;
import static org.garrison.organisation.web.OrgSamples.UNKNOWN_ID;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgDirectory.SiteRow;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.garrison.organisation.internal.OrgStructure.SiteFilter;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PageResponse;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebSliceTest
class OrganisationApiControllerTests {

    private final Principal viewer = principal(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW);

    private final Principal manager = principal(ScopeLevel.BRANCH, BRANCH_ID, OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE);

    @Autowired
    MockMvc mvc;

    @Autowired
    OrgDirectory directory;

    @Autowired
    OrgStructure structure;

    @BeforeEach
    void organisation() {
        when(structure.branches(any(), any())).thenReturn(new PageImpl<>(List.of(OrgSamples.branch())));
        when(directory.sites(any(), any(), any())).thenReturn(new PageImpl<>(List.of(OrgSamples.siteRow())));
        when(directory.site(any(), eq(SITE_ID))).thenReturn(OrgSamples.siteWithPosts());
        when(directory.site(any(), eq(UNKNOWN_ID))).thenThrow(new NotFoundException("entity.site", UNKNOWN_ID));
    }

    @Test
    void branchesOfTheCallersScope() throws Exception {
        mvc.perform(get("/api/v1/branches").with(user(viewer)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.content", hasSize(1)))
            .andExpect(jsonPath("$.totalElements", is(1)))
            .andExpect(jsonPath("$.content[0].id", is((int) BRANCH_ID)))
            .andExpect(jsonPath("$.content[0].code", is("B7")))
            .andExpect(jsonPath("$.content[0].name", is("第七大队")))
            .andExpect(jsonPath("$.content[0].active", is(true)));
        verify(structure).branches(viewer.scope(), PageResponse.request(0, 20));
    }

    @Test
    void sitesOfTheCallersScopeNarrowedByTheFilters() throws Exception {
        mvc.perform(get("/api/v1/sites").with(user(viewer)).param("branchId", String.valueOf(BRANCH_ID))
                .param("clientId", String.valueOf(CLIENT_ID)).param("active", "true").param("page", "1").param("size", "5"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].id", is((int) SITE_ID)))
            .andExpect(jsonPath("$.content[0].code", is("S701")))
            .andExpect(jsonPath("$.content[0].branchId", is((int) BRANCH_ID)))
            .andExpect(jsonPath("$.content[0].branchName", is("第七大队")))
            .andExpect(jsonPath("$.content[0].clientId", is((int) CLIENT_ID)))
            .andExpect(jsonPath("$.content[0].clientName", is("滨海银行")));
        verify(directory).sites(viewer.scope(), new SiteFilter(BRANCH_ID, CLIENT_ID, true), PageResponse.request(1, 5));
    }

    @Test
    void malformedFilterIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/sites").with(user(viewer)).param("branchId", "B7"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(directory);
    }

    @Test
    void siteWithItsPosts() throws Exception {
        mvc.perform(get("/api/v1/sites/{id}", SITE_ID).with(user(viewer)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.code", is("S701")))
            .andExpect(jsonPath("$.address", is("深圳市福田区深南大道 1 号")))
            .andExpect(jsonPath("$.posts", hasSize(1)))
            .andExpect(jsonPath("$.posts[0].id", is((int) POST_ID)))
            .andExpect(jsonPath("$.posts[0].name", is("东门岗")))
            .andExpect(jsonPath("$.posts[0].kind", is("GATE")))
            .andExpect(jsonPath("$.posts[0].active", is(true)));
        verify(directory).site(viewer.scope(), SITE_ID);
    }

    @Test
    void siteOutsideTheScopeIsANotFoundProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/sites/{id}", UNKNOWN_ID).with(user(viewer)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail", is("驻点 99 不存在或不在您的数据范围内。")));
        mvc.perform(get("/api/v1/sites/{id}", UNKNOWN_ID).with(user(viewer)).header("Accept-Language", "en"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail", is("Site 99 does not exist or is outside your data scope.")));
    }

    @Test
    void managerCreatesASiteWithinTheirScopeAndLearnsWhereItIs() throws Exception {
        var created = OrgSamples.withId(OrgSamples.site(), 31);
        when(structure.createSite(any(), any())).thenReturn(created);
        when(directory.row(created))
            .thenReturn(new SiteRow(31, "S702", "滨海银行南山支行", null, true, BRANCH_ID, "第七大队", null, null));
        mvc.perform(newSite("""
                {"branchId": 7, "code": "s702", "name": "滨海银行南山支行"}
                """).with(user(manager)))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", "/api/v1/sites/31"))
            .andExpect(jsonPath("$.id", is(31)))
            .andExpect(jsonPath("$.code", is("S702")))
            .andExpect(jsonPath("$.clientId", nullValue()));
        verify(structure).createSite(manager.scope(), new SiteDetails(BRANCH_ID, null, "s702", "滨海银行南山支行", null));
    }

    @Test
    void invalidBodyIsABadRequestListingEachFieldAndCreatesNothing() throws Exception {
        mvc.perform(newSite("""
                {"code": "a b", "name": ""}
                """).with(user(manager)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("branchId", "code", "name")))
            .andExpect(jsonPath("$.errors[?(@.field == 'code')].message", hasItem("只能使用字母、数字和连字符。")));
        mvc.perform(newSite("""
                {"branchId": 7, "code": "a b", "name": "n"}
                """).with(user(manager)).header("Accept-Language", "en"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].message", is("Use letters, digits and hyphens only.")));
        mvc.perform(newSite("[").with(user(manager))).andExpect(status().isBadRequest());
        verify(structure, never()).createSite(any(), any());
    }

    @Test
    void takenCodeIsRefusedWith422InTheCallersLanguage() throws Exception {
        when(structure.createSite(any(), any())).thenThrow(new DomainException("org.codeTaken", "S701"));
        String body = """
                {"branchId": 7, "code": "S701", "name": "重复驻点"}
                """;
        mvc.perform(newSite(body).with(user(manager)))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title", is("操作被拒绝")))
            .andExpect(jsonPath("$.detail", is("编号 S701 已被使用。")));
        mvc.perform(newSite(body).with(user(manager)).header("Accept-Language", "en"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.title", is("Refused")))
            .andExpect(jsonPath("$.detail", is("The code S701 is already in use.")));
    }

    @Test
    void branchOutsideTheCallersScopeIsNotFound() throws Exception {
        when(structure.createSite(any(), any())).thenThrow(new NotFoundException("entity.branch", UNKNOWN_ID));
        mvc.perform(newSite("""
                {"branchId": 99, "code": "S799", "name": "越权驻点"}
                """).with(user(manager)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail", is("大队 99 不存在或不在您的数据范围内。")));
    }

    @Test
    void callersWithoutThePermissionAreRefusedWithAProblem() throws Exception {
        var outsider = withPermissions(OrganisationPermissions.CLIENTS_VIEW, OrganisationPermissions.CLIENTS_MANAGE);
        mvc.perform(get("/api/v1/branches").with(outsider))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/sites").with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sites/{id}", SITE_ID).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(newSite("""
                {"branchId": 7, "code": "S799", "name": "越权驻点"}
                """).with(user(viewer)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail", is("您无权执行此操作。")));
        verifyNoInteractions(directory, structure);
    }

    @Test
    void anonymousCallersAreUnauthorizedWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/branches"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/sites")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sites/{id}", SITE_ID)).andExpect(status().isUnauthorized());
        mvc.perform(newSite("""
                {"branchId": 7, "code": "S799", "name": "匿名驻点"}
                """))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.status", is(401)));
        verifyNoInteractions(directory, structure);
    }

    private static MockHttpServletRequestBuilder newSite(String json) {
        return post("/api/v1/sites").contentType(MediaType.APPLICATION_JSON).content(json);
    }

}
