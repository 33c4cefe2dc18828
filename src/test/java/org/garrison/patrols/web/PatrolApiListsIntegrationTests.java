package org.garrison.patrols.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.shared.DataScope;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The patrol lists over the API page in their queries: filters, order and totals come from the database, within the
 * caller's scope, in the same JSON shape as every list.
 */
@IntegrationTest
class PatrolApiListsIntegrationTests {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSetup setup;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void checkpointsArePagedByNameAndFilteredInTheQueryWithinTheScope() throws Exception {
        String tag = suffix();
        var first = fixtures.checkpoint("S101", "分页点" + tag + "-1");
        var second = fixtures.checkpoint("S101", "分页点" + tag + "-2");
        var third = fixtures.checkpoint("S101", "分页点" + tag + "-3");
        fixtures.checkpoint("S201", "分页点" + tag + "-园区");
        setup.retireCheckpoint(DataScope.company(0), third.getId());

        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", tag).param("size", "2").with(as("leader")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(3))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(2))
            .andExpect(jsonPath("$.content[0].code").value(first.getCode()))
            .andExpect(jsonPath("$.content[1].code").value(second.getCode()));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", tag).param("size", "2").param("page", "1").with(as("leader")))
            .andExpect(jsonPath("$.content.length()").value(1))
            .andExpect(jsonPath("$.content[0].active").value(false));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", tag).param("active", "true").with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", second.getCode().toLowerCase(Locale.ROOT)).with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].name").value("分页点" + tag + "-2"));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", "分页点%" + tag.substring(1)).with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", tag).param("siteId", String.valueOf(fixtures.site("S201")))
            .with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("q", tag).with(as("ops")))
            .andExpect(jsonPath("$.totalElements").value(4));
        mvc.perform(get("/api/v1/patrol/checkpoints").param("size", "101").with(as("leader")))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/patrol/checkpoints").param("page", "-1").with(as("leader")))
            .andExpect(status().isBadRequest());
    }

    @Test
    void routesAndSchedulesArePagedInTheQueryWithTheirCheckpointCodesAndGuards() throws Exception {
        String tag = suffix();
        var gate = fixtures.checkpoint("S101", "分页路线大门" + tag);
        var hall = fixtures.checkpoint("S101", "分页路线大堂" + tag);
        var night = fixtures.route("S101", "分页路线" + tag + "-A", true, 3, List.of(gate, hall));
        var day = fixtures.route("S101", "分页路线" + tag + "-B", false, 0, List.of(hall));

        mvc.perform(get("/api/v1/patrol/routes").param("q", tag).param("size", "1").with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.content[0].id").value(night.getId()))
            .andExpect(jsonPath("$.content[0].checkpointCodes[0]").value(gate.getCode()))
            .andExpect(jsonPath("$.content[0].checkpointCodes[1]").value(hall.getCode()));
        mvc.perform(get("/api/v1/patrol/routes").param("q", tag).param("size", "1").param("page", "1").with(as("leader")))
            .andExpect(jsonPath("$.content[0].id").value(day.getId()))
            .andExpect(jsonPath("$.content[0].checkpointCodes[0]").value(hall.getCode()));

        fixtures.schedule(night, LocalTime.of(22, 0), LocalTime.of(23, 0), 60, 10);
        for (String start : List.of("20:00", "21:00")) {
            mvc.perform(post("/api/v1/patrol/schedules").with(as("leader")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"routeId": %d, "startsAt": "%s", "endsAt": "05:00", "everyMinutes": 120,
                         "toleranceMinutes": 20, "guard": "guard"}
                        """.formatted(night.getId(), start)))
                .andExpect(status().isCreated());
        }
        fixtures.schedule(day, LocalTime.of(9, 0), LocalTime.of(10, 0), 60, 10);
        mvc.perform(get("/api/v1/patrol/schedules").param("routeId", String.valueOf(night.getId())).param("size", "2")
            .with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(3))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.content[0].startsAt").value("20:00:00"))
            .andExpect(jsonPath("$.content[0].guard").value("guard"))
            .andExpect(jsonPath("$.content[1].startsAt").value("21:00:00"));
        mvc.perform(get("/api/v1/patrol/schedules").param("routeId", String.valueOf(night.getId())).param("size", "2")
            .param("page", "1").with(as("leader")))
            .andExpect(jsonPath("$.content[0].startsAt").value("22:00:00"))
            .andExpect(jsonPath("$.content[0].guard").doesNotExist());
        mvc.perform(get("/api/v1/patrol/schedules").param("routeId", String.valueOf(night.getId())).param("active", "false")
            .with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/patrol/schedules").param("siteId", String.valueOf(fixtures.site("S201"))).with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void wandsArePagedByDeviceInTheQueryWithinTheScope() throws Exception {
        String tag = suffix();
        List<String> devices = new ArrayList<>();
        for (String n : List.of("2", "1", "3")) {
            String device = "PAGE-" + tag + "-" + n;
            devices.add(device);
            mvc.perform(post("/api/v1/patrol/wands").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"deviceId\": \"%s\", \"guard\": \"guard\", \"siteId\": %d}".formatted(device,
                        fixtures.site(n.equals("3") ? "S201" : "S101"))))
                .andExpect(status().isCreated());
        }
        long s101 = fixtures.site("S101");
        var all = page("/api/v1/patrol/wands?siteId=" + s101 + "&size=100", "leader");
        var shown = new ArrayList<String>();
        all.get("content").forEach(w -> shown.add(w.get("deviceId").asString()));
        assertThat(shown).contains("PAGE-" + tag + "-1", "PAGE-" + tag + "-2").doesNotContain("PAGE-" + tag + "-3");
        assertThat(shown.indexOf("PAGE-" + tag + "-1")).as("by device id").isLessThan(shown.indexOf("PAGE-" + tag + "-2"));
        long total = all.get("totalElements").asLong();
        mvc.perform(get("/api/v1/patrol/wands").param("siteId", String.valueOf(s101)).param("size", "1").with(as("leader")))
            .andExpect(jsonPath("$.totalElements").value(total))
            .andExpect(jsonPath("$.totalPages").value(total))
            .andExpect(jsonPath("$.content.length()").value(1))
            .andExpect(jsonPath("$.content[0].guard").value("guard"));
        mvc.perform(get("/api/v1/patrol/wands").param("size", "100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].deviceId", not(hasItem("PAGE-" + tag + "-3"))));
        mvc.perform(get("/api/v1/patrol/wands").param("size", "100").with(as("ops")))
            .andExpect(jsonPath("$.content[*].deviceId", hasItems(devices.toArray(String[]::new))));
    }

    @Test
    void aDaysToursArePagedAndFilteredByBoardStatusAndAcknowledgementInTheQuery() throws Exception {
        var a = fixtures.checkpoint("S101", "分页巡逻点");
        var route = fixtures.route("S101", "分页巡逻" + suffix(), false, 0, List.of(a));
        LocalDate day = LocalDate.now(SHENZHEN).minusDays(6);
        fixtures.schedule(route, LocalTime.of(3, 0), LocalTime.of(6, 0), 60, 10, day.atStartOfDay(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(2, 0).atZone(SHENZHEN).toInstant());
        sweep.sweep(day.atTime(7, 0).atZone(SHENZHEN).toInstant());
        List<Long> missed = jdbc.sql("SELECT id FROM patrol_tour WHERE route_id = ? AND status = 'MISSED' ORDER BY window_start")
            .param(route.getId()).query(Long.class).list();
        assertThat(missed).hasSizeGreaterThanOrEqualTo(3);
        long acknowledged = missed.get(0);
        mvc.perform(post("/api/v1/patrol/tours/{id}/acknowledge", acknowledged).with(as("leader"))
            .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"已电话核实\"}"))
            .andExpect(status().isOk());

        String site = String.valueOf(fixtures.site("S101"));
        String awaiting = "/api/v1/patrol/tours?day=" + day + "&siteId=" + site + "&status=MISSED&awaitingAcknowledgement=true";
        var waiting = page(awaiting + "&size=100", "leader");
        assertThat(ids(waiting)).containsAll(missed.subList(1, missed.size())).doesNotContain(acknowledged);
        mvc.perform(get(awaiting + "&size=100").with(as("leader")))
            .andExpect(jsonPath("$.content[*].status", everyItem(is("MISSED"))))
            .andExpect(jsonPath("$.content[*].awaitingAcknowledgement", everyItem(is(true))));
        long total = waiting.get("totalElements").asLong();
        var second = page(awaiting + "&size=1&page=1", "leader");
        assertThat(second.get("totalElements").asLong()).isEqualTo(total);
        assertThat(second.get("totalPages").asLong()).isEqualTo(total);
        assertThat(ids(second)).containsExactly(ids(waiting).get(1));

        var seen = page("/api/v1/patrol/tours?day=" + day + "&siteId=" + site + "&awaitingAcknowledgement=false&size=100",
                "leader");
        assertThat(ids(seen)).contains(acknowledged).doesNotContainAnyElementsOf(missed.subList(1, missed.size()));
        assertThat(ids(page("/api/v1/patrol/tours?day=" + day + "&siteId=" + site + "&status=UPCOMING&size=100", "leader")))
            .doesNotContainAnyElementsOf(missed);
        mvc.perform(get("/api/v1/patrol/tours").param("day", day.toString()).param("status", "SOON").with(as("leader")))
            .andExpect(status().isBadRequest());
    }

    private JsonNode page(String path, String username) throws Exception {
        return json.readTree(mvc.perform(get(path).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString());
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("content").forEach(t -> ids.add(t.get("id").asLong()));
        return ids;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

}
