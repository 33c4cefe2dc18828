package org.garrison.platform.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.NavEntry;
import org.garrison.shared.NextTours;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A guard's home is the start screen of the shift; other roles keep the directory of their pages. The start screen's
 * buttons stand for menu entries, so the slice gets the three the modules declare.
 */
@WebSliceTest
@Import(GuardStartScreenTests.StartEntries.class)
class GuardStartScreenTests {

    private static final Permission PATROL_SCAN = Permission.valueOf("PATROL_SCAN");

    private static final Set<Permission> GUARD_PERMISSIONS = Set.of(PATROL_SCAN, Permission.valueOf("SITEOPS_RECORD"),
            Permission.valueOf("PEOPLE_VIEW"));

    @Autowired
    MockMvc mvc;

    @Autowired
    NextTours nextTours;

    @Test
    void aGuardSeesTheNextTourAndBigButtonsToPatrolReportAndTheirRecord() throws Exception {
        when(nextTours.next(any())).thenReturn(Optional.of(new NextTours.NextTour("夜间内外巡逻",
                Instant.parse("2026-12-07T12:00:00Z"), Instant.parse("2026-12-07T12:45:00Z"))));
        mvc.perform(get("/").with(user(new Person("GUARD", GUARD_PERMISSIONS))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("下一次巡逻")))
            .andExpect(content().string(containsString("20:00 – 20:45")))
            .andExpect(content().string(containsString("夜间内外巡逻")))
            .andExpect(content().string(containsString("href=\"/patrol/my\" class=\"btn btn-primary btn-lg py-3 fs-4\" data-start=\"/patrol/my\">开始巡逻</a>")))
            .andExpect(content().string(containsString("data-start=\"/siteops/incidents/report\">上报事件</a>")))
            .andExpect(content().string(containsString("data-start=\"/people/me\">我的档案</a>")))
            .andExpect(content().string(not(containsString("card-header fw-semibold"))));
    }

    @Test
    void aGuardWithNoTourDueIsToldSoAndOnlyGetsTheButtonsTheyMayUse() throws Exception {
        when(nextTours.next(any())).thenReturn(Optional.empty());
        mvc.perform(get("/").with(user(new Person("GUARD", Set.of(PATROL_SCAN)))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("未来两小时内没有待巡任务")))
            .andExpect(content().string(containsString(">开始巡逻</a>")))
            .andExpect(content().string(not(containsString(">上报事件</a>"))));
    }

    @Test
    void otherRolesKeepTheirDirectoryOfPages() throws Exception {
        mvc.perform(get("/").with(user(new Person("TEAM_LEADER", GUARD_PERMISSIONS))))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("card-header fw-semibold")))
            .andExpect(content().string(not(containsString("id=\"guard-start\""))));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class StartEntries {

        @Bean
        NavEntry phoneEntry() {
            return new NavEntry("nav.section.work", "nav.home", "/patrol/my", PATROL_SCAN, 20);
        }

        @Bean
        NavEntry reportEntry() {
            return new NavEntry("nav.section.operations", "nav.home", "/siteops/incidents/report",
                    Permission.valueOf("SITEOPS_RECORD"), 10);
        }

        @Bean
        NavEntry recordEntry() {
            return new NavEntry("nav.section.people", "nav.home", "/people/me", Permission.valueOf("PEOPLE_VIEW"), 32);
        }

    }

    /** A signed-in person of one role, at one site. */
    record Person(String role, Set<Permission> permissions) implements UserDetails, CurrentUser {

        @Override
        public long id() {
            return 4243;
        }

        @Override
        public String username() {
            return "slice-guard";
        }

        @Override
        public String displayName() {
            return "保安员 测试";
        }

        @Override
        public DataScope scope() {
            return new DataScope(ScopeLevel.OWN, 101L, 4243);
        }

        @Override
        public Set<String> roleCodes() {
            return Set.of(role);
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            var authorities = new ArrayList<GrantedAuthority>();
            permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
            return authorities;
        }

        @Override
        public @Nullable String getPassword() {
            return null;
        }

        @Override
        public String getUsername() {
            return username();
        }

    }

}
