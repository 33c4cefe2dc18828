package org.garrison.patrols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import com.microsoft.playwright.Locator;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo guard starts from the shift's start screen and walks a three-checkpoint route that is to be walked in
 * order, on a 390 × 844 phone: scanning the third checkpoint first turns it amber and says which checkpoint comes
 * first; the log names the checkpoints; once all three are scanned the tour says it is complete, and still does
 * after a reload. At a checkpoint the guard reports what is wrong as an incident (事件) of a type, and site
 * operations opens that incident in the guard's name, once.
 */
class GuardPhoneOrderBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOutOfOrderScanIsWarnedAndTheTourSaysWhenItIsComplete() {
        var lobby = fixtures.checkpoint("S101", "一号大堂");
        var garage = fixtures.checkpoint("S101", "地下车库");
        var roof = fixtures.checkpoint("S101", "天台机房");
        var route = fixtures.route("S101", "夜间顺序巡逻", true, 5, List.of(lobby, garage, roof));
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        fixtures.schedule(route, now.minusMinutes(5), now.plusMinutes(55), 60, 30);
        sweep.sweep(Instant.now());

        page.setViewportSize(390, 844);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/");
        assertThat(page.locator("#next-tour")).isVisible();
        assertThat(page.locator("#guard-start [data-start='/siteops/incidents/report']")).hasText("上报事件");
        page.locator("#guard-start [data-start='/patrol/my']").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/patrol/my$"));
        var tour = page.locator(".tour").filter(new Locator.FilterOptions().setHasText("夜间顺序巡逻")).first();
        tour.locator(".start-tour").click();
        assertThat(tour.locator(".point")).hasCount(3);
        assertThat(page.locator("#photo-preview img")).hasCount(0);

        scan(roof.getCode(), "天台机房");
        assertThat(page.locator("#scan-warning")).hasText("顺序不对：应先巡 一号大堂");
        assertThat(tour.locator(".point.list-group-item-warning")).hasText(java.util.regex.Pattern.compile("天台机房"));
        assertThat(tour.locator(".tour-done")).isHidden();

        scan(lobby.getCode(), "一号大堂");
        assertThat(page.locator("#scan-warning")).isHidden();
        scan(garage.getCode(), "地下车库");
        assertThat(page.locator("#scan-warning")).isHidden();
        assertThat(tour.locator(".point.list-group-item-success")).hasCount(2);
        assertThat(tour.locator(".tour-done")).isVisible();
        assertThat(tour.locator(".tour-done")).hasText("巡逻完成");
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        assertThat(page.locator("#scan-log li").filter(new Locator.FilterOptions().setHasText("已同步"))).hasCount(3);
        assertThat(page.locator("#scan-log")).containsText("一号大堂");
        assertThat(page.locator("#scan-log")).not().containsText(roof.getCode());

        page.reload();
        assertThat(tour.locator(".tour-done")).hasText("巡逻完成");
        assertThat(tour.locator(".tour-done")).isVisible();
    }

    @Test
    void aGuardReportsAnAnomalyAsAnIncidentAndSiteOperationsOpensItOnce() {
        var door = fixtures.checkpoint("S101", "员工通道门");
        page.setViewportSize(360, 640);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/patrol/my");
        assertThat(page.locator("#anomaly-kind")).isHidden();

        page.locator("#code").fill(door.getCode());
        page.locator("#note").fill("有人试图撬开员工通道门，已喝止");
        page.locator("#anomaly").check();
        assertThat(page.locator("#anomaly-kind")).isVisible();
        assertThat(page.locator("#incident-type-field")).isHidden();
        page.locator("#kind-incident").check();
        assertThat(page.locator("#incident-type-field")).isVisible();
        page.locator("#record").click();
        assertThat(page.locator("#scan-error")).hasText("上报事件须选择事件类型。");

        page.locator("#incident-type").selectOption("INTRUSION");
        page.locator("#record").click();
        assertThat(page.locator("#scan-log .list-group-item-info").first()).hasText("已记录 员工通道门");
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        assertThat(page.locator("#anomaly-kind")).isHidden();

        long guard = jdbc.sql("SELECT id FROM app_user WHERE username = 'guard'").query(Long.class).single();
        // the phone shows the scan as recorded once it is queued; the upload that stores it may still be on its way
        String scanId = await().atMost(Duration.ofSeconds(20))
            .until(() -> jdbc.sql("SELECT scan_uuid FROM patrol_scan WHERE checkpoint_id = ?").param(door.getId())
                .query(String.class).optional(), java.util.Optional::isPresent)
            .orElseThrow();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("SELECT COUNT(*) FROM so_incident WHERE patrol_scan_id = ?")
            .param(scanId).query(Long.class).single() == 1);
        var incident = jdbc.sql("SELECT incident_type, place, reporter_id FROM so_incident WHERE patrol_scan_id = ?")
            .param(scanId).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getLong(3))).single();
        org.assertj.core.api.Assertions.assertThat(incident).containsExactly("INTRUSION", "员工通道门", guard);
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM so_hazard WHERE patrol_scan_id = ?")
            .param(scanId).query(Long.class).single()).isZero();
    }

    private void scan(String code, String name) {
        page.locator("#code").fill(code);
        page.locator("#record").click();
        assertThat(page.locator("#scan-log .list-group-item-info").first()).hasText("已记录 " + name);
    }

}
