package org.garrison.facilities;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal flow of a cleaning request: the client files it on the desktop, logistics assigns it to the cleaner, the
 * cleaner answers, arrives, adds a photo and completes it with the service record on a 360 × 640 phone, and the client
 * confirms the work.
 */
class CleaningRequestBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aClientsCleaningRequestIsAssignedDoneOnAPhoneWithAPhotoAndConfirmed() {
        long site = jdbc.sql("SELECT id FROM org_site WHERE code = 'S101'").query(Long.class).single();
        long cleaner = jdbc.sql("SELECT id FROM app_user WHERE username = 'cleaner'").query(Long.class).single();

        signIn(page, "client", DemoUsers.PASSWORD);
        page.navigate("/facilities/work-orders/new");
        page.locator("#siteId").selectOption(String.valueOf(site));
        page.locator("#category").selectOption("CLEANING_REQUEST");
        page.locator("#place").fill("二楼会议室");
        page.locator("#description").fill("会议室地毯有咖啡渍，请今天处理。");
        page.locator("#work-order-form button[type=submit]").click();
        page.waitForURL("**/facilities/work-orders/*");
        long id = Long.parseLong(page.url().replaceAll(".*/work-orders/(\\d+).*", "$1"));
        assertThat(state(id)).isEqualTo("NEW");
        assertThat(jdbc.sql("SELECT source FROM fa_work_order WHERE id = ?").param(id).query(String.class).single())
            .isEqualTo("CLIENT_REQUEST");
        signOut(page);

        signIn(page, "logistics", DemoUsers.PASSWORD);
        page.navigate("/facilities/work-orders/" + id);
        page.locator("#assign-form select").selectOption(new SelectOption().setValue(String.valueOf(cleaner)));
        page.locator("#assign-form button[type=submit]").click();
        assertThat(page.locator("#work-order-state")).hasText("已派单");
        signOut(page);

        page.setViewportSize(360, 640);
        signIn(page, "cleaner", DemoUsers.PASSWORD);
        page.navigate("/facilities/work-orders/" + id);
        page.locator("#respond").click();
        assertThat(page.locator("#work-order-state")).hasText("已响应");
        page.locator("#arrive").click();
        assertThat(page.locator("#work-order-state")).hasText("已到场");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("fits 360 px").isTrue();
        page.locator(".attachments input[type=file]").setInputFiles(new FilePayload("carpet.png", "image/png", png()));
        page.locator(".attachments button[type=submit]").click();
        assertThat(page.locator(".attachment-list li")).hasCount(1);
        page.locator("#complete-form textarea[name=content]").fill("地毯局部清洗，咖啡渍已去除");
        page.locator("#complete-form input[name=materials]").fill("地毯清洁剂");
        page.locator("#complete-form button[type=submit]").click();
        assertThat(page.locator("#work-order-state")).hasText("已完成");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fa_service_record WHERE work_order_id = ? AND materials = '地毯清洁剂'").param(id)
            .query(Long.class).single()).isOne();
        page.setViewportSize(1280, 900);
        signOut(page);

        signIn(page, "client", DemoUsers.PASSWORD);
        page.navigate("/facilities/work-orders/" + id);
        page.locator("#confirm-form button[type=submit]").click();
        assertThat(page.locator("#work-order-state")).hasText("已确认");
        assertThat(state(id)).isEqualTo("CONFIRMED");
    }

    private String state(long id) {
        return jdbc.sql("SELECT state FROM fa_work_order WHERE id = ?").param(id).query(String.class).single();
    }

    private static byte[] png() {
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.DARK_GRAY);
        g.fillRect(0, 0, 400, 600);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

}
