package org.garrison.imports.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;

/**
 * Operations import checkpoints through the pages: from the list of imports to the upload page of the kind, the
 * upload, and the job's page, which ends with the outcome (not "正在导入…") and the report to download.
 */
class ImportsBrowserIntegrationTests extends BrowserTestSupport {

    @Test
    void operationsUploadACheckpointListAndTheJobPageEndsWithTheOutcome() {
        String name = "浏览器导入 " + UUID.randomUUID().toString().substring(0, 8);
        byte[] csv = ("驻点,巡更点名称\nS101," + name + "\nS999,无此驻点\n").getBytes(StandardCharsets.UTF_8);

        signIn(page, "ops", DemoUsers.PASSWORD);
        page.navigate("/imports");
        page.locator("[data-kind='checkpoints'] a.btn-primary").click();
        assertThat(page.locator("#template-link")).hasAttribute("href", "/imports/checkpoints/template");
        page.locator("#file").setInputFiles(new FilePayload("巡更点.csv", "text/csv", csv));
        page.locator("#import-form button[type='submit']").click();

        page.waitForURL("**/jobs/*");
        assertThat(page.locator("#job-progress")).hasAttribute("data-status", "DONE",
                new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
        assertThat(page.locator("#job-progress")).containsText("按 UTF-8 读取：导入 1 行，更新 0 行，无变化 0 行，拒绝 1 行。");
        assertThat(page.locator("#job-progress")).not().containsText("正在导入");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "imports-job-done.png")).setFullPage(true));
    }

}
