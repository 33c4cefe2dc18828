package org.garrison.patrols.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** GET /api/v1/patrol/my/tours: the demo guard of S101 gets the tours due for them, in walking order, and no other site's. */
@IntegrationTest
class GuardTourApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Test
    void theGuardGetsTheirDueToursWithTheCheckpointsInOrderAndNoOtherSites() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        var lobby = fixtures.checkpoint("S101", "大堂" + tag);
        var roof = fixtures.checkpoint("S101", "天台" + tag);
        var away = fixtures.checkpoint("S201", "科技园" + tag);
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        fixtures.schedule(fixtures.route("S101", "本岗路线" + tag, true, 5, List.of(roof, lobby)),
                now.minusMinutes(5), now.plusMinutes(55), 60, 30);
        fixtures.schedule(fixtures.route("S201", "他处路线" + tag, true, 5, List.of(away)),
                now.minusMinutes(5), now.plusMinutes(55), 60, 30);
        sweep.sweep(Instant.now());

        mvc.perform(get("/api/v1/patrol/my/tours").param("size", "100").with(as("guard")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[?(@.routeName == '本岗路线" + tag + "')].ordered").value(hasItem(true)))
            .andExpect(jsonPath("$.content[?(@.routeName == '本岗路线" + tag + "')].points[0].name").value(hasItem("天台" + tag)))
            .andExpect(jsonPath("$.content[?(@.routeName == '本岗路线" + tag + "')].points[1].code")
                .value(hasItem(lobby.getCode())))
            .andExpect(jsonPath("$.content[*].routeName").value(not(hasItem("他处路线" + tag))))
            .andExpect(jsonPath("$.page").value(0));
    }

    @Test
    void onlyThoseWhoPatrolMayAskAndBadPagingIsAProblemInChinese() throws Exception {
        mvc.perform(get("/api/v1/patrol/my/tours")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/patrol/my/tours").with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/my/tours").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/patrol/my/tours").param("size", "0").with(as("guard")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value(matchesPattern("(?s).*[\\u4e00-\\u9fff].*")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
