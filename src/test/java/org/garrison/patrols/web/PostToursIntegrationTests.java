package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.garrison.organisation.OrganisationManagement.PostChoice;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.UserId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A schedule walked by a post, end to end as the demo users: the team leader sets it up on the schedule
 * page, its tours carry the post, the phone of the guard holding the post lists them (not those of another
 * post), the board shows the post, and changing the post moves the tours not started yet.
 */
@IntegrationTest
class PostToursIntegrationTests {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    PeopleManagement people;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void thePhoneOfTheGuardHoldingAPostListsThePostsToursAndTheBoardShowsThePost() throws Exception {
        long s101 = fixtures.site("S101");
        long guard = ((CurrentUser) users.loadUserByUsername("guard")).id();
        var held = people.postOfUser(new UserId(guard), LocalDate.now(SHENZHEN)).orElseThrow().value();
        var posts = organisation.postsIn(new DataScope(ScopeLevel.SITE, s101, 0));
        var heldPost = posts.stream().filter(p -> p.id().value() == held).findFirst().orElseThrow();
        var otherPost = posts.stream().filter(p -> p.id().value() != held).findFirst().orElseThrow();
        var elsewhere = organisation.postsIn(new DataScope(ScopeLevel.SITE, fixtures.site("S102"), 0)).get(0);
        var route = fixtures.route("S101", "本岗巡查", false, 0, List.of(fixtures.checkpoint("S101", "岗位巡查点")));
        var otherRoute = fixtures.route("S101", "别岗巡查", false, 0, List.of(fixtures.checkpoint("S101", "别岗巡查点")));

        schedule(route.getId(), elsewhere).andExpect(status().isOk())
            .andExpect(content().string(containsString("所选岗位不是该路线所在驻点的在用岗位。")));
        assertThat(schedulesOf(route.getId())).as("nothing saved").isEmpty();
        schedule(route.getId(), heldPost).andExpect(redirectedUrl("/patrol/schedules"));
        schedule(otherRoute.getId(), otherPost).andExpect(redirectedUrl("/patrol/schedules"));
        long scheduleId = schedulesOf(route.getId()).get(0);
        mvc.perform(get("/patrol/schedules").with(as("leader")))
            .andExpect(content().string(containsString("岗位：" + heldPost.name())));

        Instant now = Instant.now();
        sweep.sweep(now);
        var tours = jdbc.sql("SELECT id, post_id FROM patrol_tour WHERE schedule_id = ? ORDER BY window_start")
            .param(scheduleId).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }).list();
        assertThat(tours).as("today's and tomorrow's").hasSize(2).allSatisfy(t -> assertThat(t[1]).isEqualTo(held));
        long today = tours.get(0)[0];
        long ofOtherPost = jdbc.sql("SELECT id FROM patrol_tour WHERE route_id = ? ORDER BY window_start")
            .param(otherRoute.getId()).query(Long.class).list().get(0);

        mvc.perform(get("/patrol/my").with(as("guard")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-tour=\"" + today + "\"")))
            .andExpect(content().string(not(containsString("data-tour=\"" + ofOtherPost + "\""))));
        mvc.perform(get("/patrol/board").with(as("leader")))
            .andExpect(content().string(containsString("岗位：" + heldPost.name())));
        mvc.perform(get("/patrol/tours/{id}", today).with(as("supervisor")))
            .andExpect(content().string(containsString("岗位：" + heldPost.name())));

        mvc.perform(post("/patrol/schedules/{id}", scheduleId).with(as("leader")).with(csrf())
            .param("postId", String.valueOf(otherPost.id())).param("guard", ""))
            .andExpect(redirectedUrl("/patrol/schedules"));
        assertThat(postsOfTours(scheduleId)).as("the tour under way stays, tomorrow's follows")
            .containsExactly(held, otherPost.id().value());
    }

    @Test
    void theDemoGuardsPhoneShowsTheTourOfTheDemoGuardsPost() throws Exception {
        long guard = ((CurrentUser) users.loadUserByUsername("guard")).id();
        long held = people.postOfUser(new UserId(guard), LocalDate.now(SHENZHEN)).orElseThrow().value();
        assertThat(jdbc.sql("SELECT s.post_id FROM patrol_schedule s JOIN patrol_route r ON r.id = s.route_id "
                + "WHERE r.name = '营业区岗位巡查'").query(Long.class).list()).containsExactly(held);

        mvc.perform(get("/patrol/my").with(as("guard")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("营业区岗位巡查")));
    }

    /** The leader's schedule of the route for the coming hour (one tour a day), walked by the post. */
    private org.springframework.test.web.servlet.ResultActions schedule(long routeId, PostChoice post) throws Exception {
        LocalTime now = LocalTime.now(SHENZHEN).withSecond(0).withNano(0);
        return mvc.perform(post("/patrol/schedules").with(as("leader")).with(csrf())
            .param("routeId", String.valueOf(routeId)).param("startsAt", now.minusMinutes(5).toString())
            .param("endsAt", now.plusMinutes(55).toString()).param("everyMinutes", "60").param("toleranceMinutes", "30")
            .param("postId", String.valueOf(post.id())));
    }

    private List<Long> schedulesOf(long routeId) {
        return jdbc.sql("SELECT id FROM patrol_schedule WHERE route_id = ?").param(routeId).query(Long.class).list();
    }

    private List<Long> postsOfTours(long scheduleId) {
        return jdbc.sql("SELECT post_id FROM patrol_tour WHERE schedule_id = ? ORDER BY window_start").param(scheduleId)
            .query(Long.class).list();
    }

}
