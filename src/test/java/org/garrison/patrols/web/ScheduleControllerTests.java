package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationManagement.PostChoice;
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.PatrolMode;
import org.garrison.patrols.internal.PatrolSchedules;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.Route;
import org.garrison.patrols.internal.Schedule;
import org.garrison.patrols.internal.ScheduleWalkers;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Patrol schedules and who walks them (a post of the route's site, a named guard, or whoever is on duty):
 * team leaders and security operations may set them up, guards and clients may not; a post of another
 * site, or a post together with a guard, is refused on the form and nothing is saved.
 */
@WebSliceTest
class ScheduleControllerTests {

    static final Schedule.Timing NIGHT = new Schedule.Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15, false);

    @Autowired
    MockMvc mvc;

    @Autowired
    ScheduleWalkers walkers;

    @Autowired
    PatrolSchedules schedules;

    @Autowired
    PatrolSetup setup;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        var route = new Route(101, new Route.Plan("夜间内外巡逻", true, PatrolMode.FOOT, 4, List.of(1L, 2L)));
        ReflectionTestUtils.setField(route, "id", 4L);
        when(setup.routes(any())).thenReturn(List.of(route));
        when(setup.route(any(), eq(4L))).thenReturn(route);
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(101), "S101", "鹏城银行福田支行")));
        when(organisation.siteNamesIn(any())).thenReturn(Map.of(101L, "鹏城银行福田支行"));
        when(organisation.postsIn(any())).thenReturn(List.of(new PostChoice(new PostId(31), new SiteId(101), "大门岗"),
                new PostChoice(new PostId(32), new SiteId(101), "大堂岗")));
        when(schedules.list(any()))
            .thenReturn(List.of(schedule(7, null, 31L), schedule(8, 5L, null), schedule(9, null, null)));
        when(schedules.get(any(), eq(7L))).thenReturn(schedule(7, null, 31L));
        when(walkers.guard(any(), any())).thenAnswer(call -> {
            String name = call.getArgument(0);
            Long post = call.getArgument(1);
            if (name == null || name.isBlank()) {
                return null;
            }
            if (post != null) {
                throw new DomainException("patrol.schedule.postAndGuard");
            }
            if (!name.strip().equals("guard")) {
                throw new DomainException("patrol.wand.unknownGuard", name.strip());
            }
            return 4242L;
        });
        when(walkers.usernames(any())).thenReturn(Map.of(5L, "guard"));
    }

    @Test
    void theListSaysWhoWalksEachScheduleAndTheFormOffersThePostsOfTheSites() throws Exception {
        mvc.perform(get("/patrol/schedules").with(leader()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("岗位：大门岗")))
            .andExpect(content().string(containsString("队员：guard")))
            .andExpect(content().string(containsString("当班队员")))
            .andExpect(content().string(containsString("<optgroup label=\"鹏城银行福田支行\">")))
            .andExpect(content().string(containsString("<option value=\"32\">大堂岗</option>")))
            .andExpect(content().string(containsString("/patrol/schedules/7/edit")));
    }

    @Test
    void aTeamLeaderCreatesAScheduleWalkedByAPostOfTheRoutesSite() throws Exception {
        mvc.perform(create(leader()).param("postId", "31"))
            .andExpect(redirectedUrl("/patrol/schedules"));
        verify(schedules).create(any(), eq(4L), eq(NIGHT), isNull(), eq(31L));
    }

    @Test
    void securityOperationsCreateAScheduleForANamedGuard() throws Exception {
        mvc.perform(create(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).param("postId", "").param("guard", " guard "))
            .andExpect(redirectedUrl("/patrol/schedules"));
        verify(schedules).create(any(), eq(4L), eq(NIGHT), eq(4242L), isNull());
    }

    @Test
    void aPostOfAnotherSiteIsRefusedOnTheForm() throws Exception {
        when(schedules.create(any(), eq(4L), any(), isNull(), eq(99L)))
            .thenThrow(new DomainException("patrol.schedule.postElsewhere"));
        mvc.perform(create(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).param("postId", "99"))
            .andExpect(status().isOk())
            .andExpect(view().name("patrols/schedules"))
            .andExpect(content().string(containsString("所选岗位不是该路线所在驻点的在用岗位。")));
    }

    @Test
    void aPostTogetherWithANamedGuardIsRefusedAndNothingIsSaved() throws Exception {
        mvc.perform(create(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).param("postId", "31").param("guard", "guard"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("岗位和指定队员只能选择其一。")))
            .andExpect(content().string(containsString("<option value=\"31\" selected=\"selected\">大门岗</option>")));
        mvc.perform(create(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).cookie(new Cookie("GARRISON_LANG", "en"))
            .param("postId", "31").param("guard", "guard"))
            .andExpect(content().string(containsString("Choose a post or a named guard, not both.")));
        mvc.perform(post("/patrol/schedules/7").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("postId", "32").param("guard", "guard"))
            .andExpect(status().isOk())
            .andExpect(view().name("patrols/schedule-form"))
            .andExpect(content().string(containsString("岗位和指定队员只能选择其一。")));
        verify(schedules, never()).create(any(), anyLong(), any(), any(), any());
        verify(schedules, never()).reassign(any(), anyLong(), any(), any());
    }

    @Test
    void aScheduleKeepsOrChangesItsPostOnItsEditForm() throws Exception {
        mvc.perform(get("/patrol/schedules/7/edit").with(leader()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<option value=\"31\" selected=\"selected\">大门岗</option>")))
            .andExpect(content().string(containsString("夜间内外巡逻")));
        mvc.perform(post("/patrol/schedules/7").with(leader()).with(csrf()).param("postId", "32").param("guard", ""))
            .andExpect(redirectedUrl("/patrol/schedules"));
        verify(schedules).reassign(any(), eq(7L), isNull(), eq(32L));
        when(schedules.reassign(any(), eq(7L), isNull(), eq(99L)))
            .thenThrow(new DomainException("patrol.schedule.postElsewhere"));
        mvc.perform(post("/patrol/schedules/7").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("postId", "99"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("所选岗位不是该路线所在驻点的在用岗位。")));
    }

    @Test
    void aScheduleOutsideTheScopeIsNotFound() throws Exception {
        when(schedules.get(any(), eq(70L))).thenThrow(new NotFoundException("patrol.schedule", 70));
        mvc.perform(get("/patrol/schedules/70/edit").with(leader()))
            .andExpect(status().isNotFound());
        mvc.perform(post("/patrol/schedules/70").with(leader()).with(csrf()).param("postId", "31"))
            .andExpect(status().isNotFound());
        verify(schedules, never()).reassign(any(), anyLong(), any(), any());
    }

    @Test
    void guardsSupervisorsAndClientsCannotSetUpSchedules() throws Exception {
        var guard = as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN);
        var supervisor = as(ScopeLevel.BRANCH, 1L, PatrolPermissions.PATROL_MONITOR);
        var client = as(ScopeLevel.CLIENT, 3L, OrganisationPermissions.ORG_VIEW);
        for (var user : List.of(guard, supervisor, client)) {
            mvc.perform(get("/patrol/schedules").with(user)).andExpect(status().isForbidden());
            mvc.perform(create(user).param("postId", "31")).andExpect(status().isForbidden());
            mvc.perform(get("/patrol/schedules/7/edit").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/patrol/schedules/7").with(user).with(csrf()).param("postId", "31"))
                .andExpect(status().isForbidden());
        }
        verify(schedules, never()).create(any(), anyLong(), any(), any(), any());
        verify(schedules, never()).reassign(any(), anyLong(), any(), any());
    }

    @Test
    void aToleranceLongerThanTheIntervalOrAnUnknownGuardIsRefused() throws Exception {
        when(schedules.create(any(), eq(4L), any(), any(), any()))
            .thenThrow(new DomainException("patrol.schedule.toleranceInvalid"));
        mvc.perform(post("/patrol/schedules").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("routeId", "4").param("startsAt", "20:00").param("endsAt", "06:00").param("everyMinutes", "60")
            .param("toleranceMinutes", "90"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(create(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).param("guard", "nobody"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("没有用户名为 nobody 的用户")));
        mvc.perform(post("/patrol/schedules").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("routeId", "4").param("startsAt", "8 pm"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        // an empty required field says so in words, not Bean Validation's Chinese default "不能为null"
        mvc.perform(post("/patrol/schedules").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)).with(csrf())
            .param("routeId", "4").param("endsAt", "06:00").param("everyMinutes", "60").param("toleranceMinutes", "10"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("必填")))
            .andExpect(content().string(not(containsString("不能为null"))));
    }

    /** The team leader of site 101. */
    private static RequestPostProcessor leader() {
        return as(ScopeLevel.SITE, 101L, PatrolPermissions.PATROL_CONFIGURE);
    }

    private static MockHttpServletRequestBuilder create(RequestPostProcessor user) {
        return post("/patrol/schedules").with(user).with(csrf()).param("routeId", "4").param("startsAt", "20:00")
            .param("endsAt", "06:00").param("everyMinutes", "120").param("toleranceMinutes", "15");
    }

    private static Schedule schedule(long id, Long guard, Long post) {
        var schedule = new Schedule(4, 101, NIGHT, guard, post, ZoneId.of("Asia/Shanghai"),
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        ReflectionTestUtils.setField(schedule, "id", id);
        return schedule;
    }

}
