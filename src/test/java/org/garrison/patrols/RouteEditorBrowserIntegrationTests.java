package org.garrison.patrols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo team leader builds a route by picking the site's checkpoints from a list: adds three, moves the last one
 * up, saves, and the route list names the checkpoints in that order.
 */
class RouteEditorBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    PatrolFixtures fixtures;

    @Test
    void aRouteIsPickedFromTheSiteCheckpointsAndReordered() {
        var east = fixtures.checkpoint("S101", "东侧围墙");
        var west = fixtures.checkpoint("S101", "西侧车道");
        var tower = fixtures.checkpoint("S101", "配电房");
        long site = fixtures.site("S101");

        signIn(page, "leader", DemoUsers.PASSWORD);
        page.navigate("/patrol/routes/new");
        page.locator("#siteId").selectOption(String.valueOf(site));
        page.locator("#name").fill("围墙巡逻");
        var rows = page.locator("#route-points .route-point");
        assertThat(page.locator("#route-empty")).isVisible();
        add(east.getCode(), 1);
        add(west.getCode(), 2);
        add(tower.getCode(), 3);
        assertThat(page.locator("#route-empty")).isHidden();
        assertThat(rows.nth(0).locator(".move-up")).isDisabled();

        rows.nth(2).locator(".move-up").click();
        assertThat(rows.nth(1).locator(".point-name")).hasText("配电房");
        assertThat(rows.nth(2).locator(".point-name")).hasText("西侧车道");
        assertThat(rows.nth(2).locator(".move-down")).isDisabled();

        page.locator("#route-form button[type=submit]").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("/patrol/routes$"));
        var listed = page.locator("#routes tr[data-route='围墙巡逻'] .route-stops");
        assertThat(listed).hasText("东侧围墙 → 配电房 → 西侧车道");

        page.locator("#routes tr[data-route='围墙巡逻'] a").click();
        assertThat(rows).hasCount(3);
        assertThat(rows.nth(1).locator(".point-name")).hasText("配电房");
        assertThat(rows.nth(1).locator("input[name=checkpointCodes]")).hasValue(tower.getCode());
    }

    private void add(String code, int count) {
        page.locator("#route-pick").selectOption(new SelectOption().setValue(code));
        page.locator("#route-add").click();
        assertThat(page.locator("#route-points .route-point")).hasCount(count);
        assertThat(page.locator("#route-pick")).hasValue("");
    }

}
