package org.garrison.siteops.incidents;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Locator.FilterOptions;
import com.microsoft.playwright.options.FilePayload;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guard of S101 reports a theft from a phone-sized window with a camera photo in seconds; the
 * supervisor of the branch finds the alert in the inbox. Drives the pages by {@code #incident-report},
 * {@code label[for=type-…]}, {@code #photo}, {@code #send-report}, {@code #incident-number} and
 * {@code [data-notification]}.
 */
class IncidentReportBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @Test
    void guardReportsATheftFromThePhoneAndTheSupervisorSeesTheAlertArrive() throws IOException {
        String summary = "车棚电动车被盗 " + UUID.randomUUID().toString().substring(0, 6);
        // the supervisor takes alerts on the default channels, whatever other tests chose for the demo account
        jdbc.sql("delete from notification_preference where user_id = (select id from app_user where username = 'supervisor')")
            .update();
        page.setViewportSize(390, 844);
        signIn(page, "guard", DemoUsers.PASSWORD);

        page.navigate("/siteops/incidents/report");
        page.locator("label[for=type-THEFT]").click();
        page.locator("#place").fill("地下车棚");
        page.locator("#summary").fill(summary);
        page.locator("#photo").setInputFiles(new FilePayload("scene.png", "image/png", photo()));
        var send = page.locator("#send-report");
        org.assertj.core.api.Assertions.assertThat(send.boundingBox().height).as("a large touch target").isGreaterThanOrEqualTo(44);
        send.click();

        assertThat(page.locator("main .alert-success")).hasText(message("siteops.incident.reported"));
        String number = page.locator("#incident-number").textContent().strip();
        assertThat(page.locator(".attachment-list img")).hasCount(1);

        browser.clearCookies();
        signIn(page, "supervisor", DemoUsers.PASSWORD);
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> {
            page.navigate("/notifications");
            return page.locator("[data-notification]").allTextContents().stream().anyMatch(text -> text.contains(number));
        });
        assertThat(page.locator("[data-notification]").filter(new FilterOptions().setHasText(number)))
            .containsText(summary);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private static byte[] photo() throws IOException {
        var image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

}
