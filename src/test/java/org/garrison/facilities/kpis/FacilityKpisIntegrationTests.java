package org.garrison.facilities.kpis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.garrison.contracts.ServiceKind;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.NotFoundException;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * The core KPIs of March 2025 at S101 from tasks and work orders written straight into the facility tables (a month no
 * demo row reaches): completion and inspection frequency from the tasks, on-time response, feedback handled and
 * accidents from the work orders, electrical safety and the site's complaint rate; then who may read them — logistics
 * every site, the client its own, a guard nothing.
 */
@IntegrationTest
class FacilityKpisIntegrationTests {

    private static final String MARK = "KPI-TEST";

    private static final YearMonth MARCH = YearMonth.of(2025, 3);

    @Autowired
    FacilityKpis kpis;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    IdentityManagement identity;

    @Autowired
    OrganisationManagement organisation;

    long s101;

    long s201;

    @BeforeEach
    void march() {
        jdbc.sql("DELETE FROM fa_task WHERE plan_id IN (SELECT id FROM fa_plan WHERE area = :mark)").param("mark", MARK).update();
        jdbc.sql("DELETE FROM fa_plan WHERE area = :mark").param("mark", MARK).update();
        jdbc.sql("DELETE FROM fa_work_order WHERE place = :mark").param("mark", MARK).update();
        s101 = organisation.siteByCode("S101").orElseThrow().value();
        s201 = organisation.siteByCode("S201").orElseThrow().value();
        long cleaning = plan(s101, ServiceKind.CLEANING);
        task(cleaning, 3, "DONE");
        task(cleaning, 4, "DONE");
        task(cleaning, 5, "DONE");
        task(cleaning, 6, "MISSED");
        long electrical = plan(s101, ServiceKind.ELECTRICAL);
        task(electrical, 3, "DONE");
        task(electrical, 10, "DONE");
        // in time, the client's own request, closed
        order(1, s101, "CLEANING_REQUEST", "NORMAL", "CLIENT_REQUEST", "CLOSED", at(10, 9, 0), at(10, 11, 0), at(10, 10, 0),
                at(10, 15, 0));
        // responded late, taken on the phone, done
        order(2, s101, "CLEANING_REQUEST", "NORMAL", "PHONE", "DONE", at(11, 9, 0), at(11, 11, 0), at(11, 12, 0), at(11, 16, 0));
        // a major one the client filed, never responded, deadline long gone
        order(3, s101, "CLEANING_EMERGENCY", "MAJOR", "CLIENT_REQUEST", "ASSIGNED", at(12, 9, 0), at(12, 9, 30), null, null);
        // another client's site
        order(4, s201, "PEST_REQUEST", "NORMAL", "PHONE", "DONE", at(12, 9, 0), at(13, 9, 0), at(12, 10, 0), at(12, 12, 0));
    }

    @Test
    void theCoreKpisCountTheMonthsTasksAndWorkOrders() {
        var rows = kpis.month(identity.user("logistics").orElseThrow().scope(), s101, null, MARCH);

        assertThat(row(rows, Kpi.COMPLETION, ServiceKind.CLEANING)).satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(3);
            assertThat(r.denominator()).isEqualTo(4);
            assertThat(r.value()).isEqualByComparingTo("75");
            assertThat(r.status()).isEqualTo(KpiStatus.MISSED);
        });
        assertThat(row(rows, Kpi.INSPECTION_FREQUENCY, ServiceKind.ELECTRICAL).status()).isEqualTo(KpiStatus.MET);
        assertThat(row(rows, Kpi.ON_TIME, ServiceKind.CLEANING)).satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(3);
            assertThat(r.value()).isEqualByComparingTo("33.33");
            assertThat(r.status()).isEqualTo(KpiStatus.MISSED);
            assertThat(r.responseMinutes()).isNotNull();
        });
        assertThat(row(rows, Kpi.FEEDBACK_HANDLING, ServiceKind.CLEANING)).satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.denominator()).isEqualTo(2);
            assertThat(r.status()).isEqualTo(KpiStatus.MISSED);
        });
        assertThat(row(rows, Kpi.ACCIDENTS, ServiceKind.CLEANING)).satisfies(r -> {
            assertThat(r.numerator()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(KpiStatus.MISSED);
        });
        assertThat(row(rows, Kpi.ACCIDENTS, ServiceKind.ELECTRICAL).status()).isEqualTo(KpiStatus.MET);
        assertThat(row(rows, Kpi.ELECTRICAL_SAFETY, ServiceKind.ELECTRICAL).value()).isEqualByComparingTo("100");
        assertThat(row(rows, Kpi.COMPLAINT_RATE, null).denominator()).isEqualTo(3 + 2 + 2);
        assertThat(rows).noneMatch(r -> r.site().value() == s201);
    }

    @Test
    void theTrendSumsTheSitesMonthByMonth() {
        var trend = kpis.trend(identity.user("logistics").orElseThrow().scope(), s101, null, Kpi.ON_TIME, MARCH.minusMonths(2),
                MARCH);
        assertThat(trend.months()).containsExactly(YearMonth.of(2025, 1), YearMonth.of(2025, 2), MARCH);
        var cleaning = trend.series().stream().filter(s -> s.service() == ServiceKind.CLEANING).findFirst().orElseThrow();
        assertThat(cleaning.values().get(0)).isNull();
        assertThat(cleaning.values().get(2)).isEqualByComparingTo("33.33");
    }

    @Test
    void aClientSeesItsOwnSitesOnlyAndLogisticsSeesAll() throws Exception {
        String everything = mvc.perform(get("/api/v1/facilities/kpis").param("month", "2025-03").with(as("logistics")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.month").value("2025-03"))
            .andReturn().getResponse().getContentAsString();
        List<Object> other = JsonPath.read(everything, "$.rows[?(@.siteId == " + s201 + ")]");
        assertThat(other).isNotEmpty();

        String own = mvc.perform(get("/api/v1/facilities/kpis").param("month", "2025-03").with(as("client")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
        List<Object> others = JsonPath.read(own, "$.rows[?(@.siteId == " + s201 + ")]");
        assertThat(others).isEmpty();
        List<Map<String, Object>> onTime = JsonPath.read(own,
                "$.rows[?(@.siteId == " + s101 + " && @.kpi == 'ON_TIME' && @.service == 'CLEANING')]");
        assertThat(onTime).hasSize(1);
        assertThat(onTime.get(0).get("status")).isEqualTo("MISSED");

        assertThatThrownBy(() -> kpis.month(identity.user("client").orElseThrow().scope(), s201, null, MARCH))
            .isInstanceOf(NotFoundException.class);
        mvc.perform(get("/api/v1/facilities/kpis").param("siteId", String.valueOf(s201)).with(as("client")))
            .andExpect(status().isNotFound());
        mvc.perform(get("/facilities/kpis").param("siteId", String.valueOf(s201)).with(as("client")))
            .andExpect(status().isNotFound());
    }

    @Test
    void aGuardIsRefusedAndABadMonthIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/facilities/kpis").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/facilities/kpis/trend").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/facilities/kpis").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/facilities/kpis.xlsx").with(as("guard"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/facilities/kpis").param("month", "2025-13").with(as("logistics")))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/facilities/kpis/trend").param("kpi", "NOT_A_KPI").with(as("logistics")))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/facilities/kpis/trend").param("from", "2025-04").param("to", "2025-03").with(as("logistics")))
            .andExpect(status().isUnprocessableContent());
    }

    @Test
    void thePageShowsATablePerServiceWithTheTrendAndExportsTheSameRows() throws Exception {
        String page = mvc.perform(get("/facilities/kpis").param("month", "2025-03").param("siteId", String.valueOf(s101))
                .param("kpi", "ON_TIME").with(as("logistics")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("服务及时率")))
            .andExpect(content().string(containsString("id=\"kpis-CLEANING\"")))
            .andExpect(content().string(containsString("id=\"kpi-chart\"")))
            .andExpect(content().string(containsString("data-status=\"MISSED\"")))
            .andReturn().getResponse().getContentAsString();
        String section = page.substring(page.indexOf("<section>"), page.indexOf("</section>"));
        assertThat(section).doesNotContain("??").doesNotContain(">null<").contains("✗ 未达标", "✓ 达标", "33.33 %");
        mvc.perform(get("/facilities/kpis").param("month", "März").with(as("client")).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("无法识别月份")));
        var xlsx = mvc.perform(get("/facilities/kpis.xlsx").param("month", "2025-03").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", KpiWorkbook.XLSX))
            .andReturn().getResponse().getContentAsByteArray();
        assertThat(xlsx).isNotEmpty();
    }

    private static KpiRow row(List<KpiRow> rows, Kpi kpi, ServiceKind service) {
        return rows.stream().filter(r -> r.kpi() == kpi && r.service() == service).findFirst().orElseThrow();
    }

    private long plan(long site, ServiceKind service) {
        jdbc.sql("INSERT INTO fa_plan (site_id, service, area, task, checklist, frequency, times_per_day, first_time, "
                + "last_time, skip_holidays, first_day, active, created_by, created_at, version) VALUES (:site, :service, "
                + ":mark, '测试任务', '', 'DAILY', 1, '09:00:00', '09:00:00', FALSE, :day, TRUE, 'test', :now, 0)")
            .param("site", site)
            .param("service", service.name())
            .param("mark", MARK)
            .param("day", MARCH.atDay(1))
            .param("now", Timestamp.from(at(1, 8, 0).toInstant()))
            .update();
        return jdbc.sql("SELECT MAX(id) FROM fa_plan WHERE area = :mark").param("mark", MARK).query(Long.class).single();
    }

    private void task(long plan, int day, String state) {
        jdbc.sql("INSERT INTO fa_task (plan_id, site_id, service, due_day, slot, due_at, state) SELECT id, site_id, service, "
                + ":day, 1, :due, :state FROM fa_plan WHERE id = :plan")
            .param("plan", plan)
            .param("day", LocalDate.of(2025, 3, day))
            .param("due", at(day, 9, 0))
            .param("state", state)
            .update();
    }

    private void order(int n, long site, String category, String priority, String source, String state, Timestamp filed,
            Timestamp responseDue, Timestamp responded, Timestamp done) {
        jdbc.sql("INSERT INTO fa_work_order (number, site_id, service, category, priority, source, place, description, "
                + "state, clock_ref, response_due_at, overdue, paused, reported_by_name, created_at, responded_at, done_at, "
                + "reopen_count, version) VALUES (:number, :site, :service, :category, :priority, :source, :mark, '测试', "
                + ":state, :number, :due, FALSE, FALSE, 'test', :filed, :responded, :done, 0, 0)")
            .param("number", MARK + "-" + n)
            .param("site", site)
            .param("service", org.garrison.facilities.workorders.Category.valueOf(category).service().name())
            .param("category", category)
            .param("priority", priority)
            .param("source", source)
            .param("mark", MARK)
            .param("state", state)
            .param("due", responseDue)
            .param("filed", filed)
            .param("responded", responded, java.sql.Types.TIMESTAMP)
            .param("done", done, java.sql.Types.TIMESTAMP)
            .update();
    }

    private static Timestamp at(int day, int hour, int minute) {
        return Timestamp.from(LocalDateTime.of(2025, 3, day, hour, minute).atZone(TestClock.ZONE).toInstant());
    }

    private RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
    }

}
