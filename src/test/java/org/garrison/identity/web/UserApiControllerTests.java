package org.garrison.identity.web;

import static org.garrison.identity.internal.IdentityFixtures.PASSWORD_HASH;
import static org.garrison.identity.internal.IdentityFixtures.role;
import static org.garrison.identity.internal.IdentityFixtures.user;
import static org.garrison.identity.web.IdentitySlice.withEveryPermissionBut;
import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.identity.IdentityPermissions;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.Users;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.shared.SiteId;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest
class UserApiControllerTests {

    private static final RequestPostProcessor ADMINISTRATOR = withPermissions(IdentityPermissions.USERS_MANAGE);

    /** The id {@link org.garrison.platform.security.TestPrincipals} gives every signed-in slice user. */
    private static final long ME = 4242;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(IdentitySlice.NOW);
    }

    @Autowired
    Users users;

    @Autowired
    OrganisationManagement organisation;

    private final User me = user(ME, "slice-user", "测试用户", ScopeLevel.SITE, 21L,
            role(7, "GUARD", "保安员", "Guard", true, OrganisationPermissions.ORG_VIEW));

    @BeforeEach
    void aGuardAtOneSite() {
        when(users.get(ME)).thenReturn(me);
        when(organisation.everySite()).thenReturn(List.of(new SiteChoice(new SiteId(21), "S021", "滨江驻点")));
    }

    @Test
    void anySignedInCallerGetsTheirAccountPermissionsAndScope() throws Exception {
        mvc.perform(get("/api/v1/me").with(as(ScopeLevel.SITE, 21L, OrganisationPermissions.CLIENTS_VIEW, OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.id").value(ME))
            .andExpect(jsonPath("$.username").value("slice-user"))
            .andExpect(jsonPath("$.displayName").value("测试用户"))
            .andExpect(jsonPath("$.roles[0].code").value("GUARD"))
            .andExpect(jsonPath("$.roles[0].name").value("保安员"))
            .andExpect(jsonPath("$.permissions").value(contains("CLIENTS_VIEW", "ORG_VIEW")))
            .andExpect(jsonPath("$.scope.level").value("SITE"))
            .andExpect(jsonPath("$.scope.refId").value(21))
            .andExpect(jsonPath("$.scope.name").value("滨江驻点"))
            .andExpect(jsonPath("$.passwordHash").doesNotExist())
            .andExpect(jsonPath("$.password").doesNotExist())
            .andExpect(content().string(not(containsString(PASSWORD_HASH))));
    }

    @Test
    void roleNamesFollowTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en").with(as(ScopeLevel.OWN, null)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.roles[0].name").value("Guard"))
            .andExpect(jsonPath("$.permissions").isEmpty());
    }

    @Test
    void deletedAccountIsNotFoundProblemInTheCallersLanguage() throws Exception {
        when(users.get(ME)).thenThrow(new NotFoundException("entity.user", ME));

        mvc.perform(get("/api/v1/me").with(as(ScopeLevel.OWN, null)))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(startsWith("用户 ")))
            .andExpect(jsonPath("$.detail").value(endsWith(" 不存在或不在您的数据范围内。")));
        mvc.perform(get("/api/v1/me").header("Accept-Language", "en").with(as(ScopeLevel.OWN, null)))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value(startsWith("User ")))
            .andExpect(jsonPath("$.detail").value(endsWith(" does not exist or is outside your data scope.")));
    }

    @Test
    void userAdministratorListsAccountsPageByPageWithoutPasswordHashes() throws Exception {
        var page = PageRequest.of(1, 5);
        when(users.search("zhang", page)).thenReturn(new PageImpl<>(List.of(me), page, 6));

        mvc.perform(get("/api/v1/users").param("q", "zhang").param("page", "1").param("size", "5").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].id").value(ME))
            .andExpect(jsonPath("$.content[0].username").value("slice-user"))
            .andExpect(jsonPath("$.content[0].roles[0].code").value("GUARD"))
            .andExpect(jsonPath("$.content[0].scope.name").value("滨江驻点"))
            .andExpect(jsonPath("$.content[0].enabled").value(true))
            .andExpect(jsonPath("$.content[0].locked").value(false))
            .andExpect(jsonPath("$.content[0].passwordHash").doesNotExist())
            .andExpect(jsonPath("$.page").value(1))
            .andExpect(jsonPath("$.size").value(5))
            .andExpect(jsonPath("$.totalElements").value(6))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(content().string(not(containsString(PASSWORD_HASH))));
    }

    @Test
    void listDefaultsToTheFirstPageOfTwenty() throws Exception {
        when(users.search(any(), any())).thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));

        mvc.perform(get("/api/v1/users").with(ADMINISTRATOR))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content").isEmpty());
        verify(users).search(null, PageRequest.of(0, 20));
    }

    @Test
    void pageSizesOutsideOneToHundredAreBadRequestsAndSearchNothing() throws Exception {
        for (String size : List.of("0", "101", "many")) {
            mvc.perform(get("/api/v1/users").param("size", size).with(ADMINISTRATOR))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/users").param("page", "-1").with(ADMINISTRATOR)).andExpect(status().isBadRequest());
        verifyNoInteractions(users);
    }

    @Test
    void refusalOfTheServiceIsUnprocessableProblemInTheCallersLanguage() throws Exception {
        when(users.search(any(), any())).thenThrow(new DomainException("user.usernameInvalid"));

        mvc.perform(get("/api/v1/users").param("q", "*").with(ADMINISTRATOR))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(422))
            .andExpect(jsonPath("$.title").value("操作被拒绝"))
            .andExpect(jsonPath("$.detail").value(containsString("用户名须为 2 至 50 个字符")))
            .andExpect(jsonPath("$.instance").value("/api/v1/users"));
        mvc.perform(get("/api/v1/users").param("q", "*").header("Accept-Language", "en-GB,en;q=0.8").with(ADMINISTRATOR))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.title").value("Refused"))
            .andExpect(jsonPath("$.detail").value(containsString("The user name must have 2 to 50 characters")));
    }

    @Test
    void callersWithoutUserAdministrationAreForbiddenTheListInTheirLanguage() throws Exception {
        for (var other : List.of(withEveryPermissionBut(IdentityPermissions.USERS_MANAGE), as(ScopeLevel.CLIENT, 31L))) {
            mvc.perform(get("/api/v1/users").with(other))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("您无权执行此操作。"));
        }
        mvc.perform(get("/api/v1/users").header("Accept-Language", "en").with(as(ScopeLevel.CLIENT, 31L)))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.detail").value("You are not allowed to do this."));
        verify(users, never()).search(any(), any());
    }

    @Test
    void anonymousCallersAndUnknownTokensGetUnauthorizedProblems() throws Exception {
        for (String path : List.of("/api/v1/me", "/api/v1/users")) {
            mvc.perform(get(path))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("请先登录，或提供有效的访问令牌。"));
            mvc.perform(get(path).header("Authorization", "Bearer gar_unknown"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        verify(users, never()).get(anyLong());
        verify(users, never()).search(any(), any());
    }

}
