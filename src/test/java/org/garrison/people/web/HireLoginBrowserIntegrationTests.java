package org.garrison.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;

import org.assertj.core.api.Assertions;
import org.garrison.shared.ResidentIds;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * HR hires an applicant for 鹏城银行福田支行 · 大门岗 (each plan told apart in the plan picker), lands on the new employee
 * record, which says the hire is not posted until the on-duty gate clears them, and creates their login; the new
 * guard signs in and opens 我的档案. Drives the pages by their ids: {@code #plan-choice}, {@code #assign-plan},
 * {@code #advance}, {@code #override}, {@code #planned-deployment}, {@code #account-form}, {@code #account-name}.
 */
class HireLoginBrowserIntegrationTests extends BrowserTestSupport {

    private static final String PLAN = "鹏城银行福田支行 · 大门岗";

    @Autowired
    MessageSource messages;

    @Test
    void hrHiresForTheGateOfFutianCreatesTheLoginAndTheNewGuardSeesTheirRecord() {
        signIn(page, "hr", DemoUsers.PASSWORD);
        String name = "新保安" + ThreadLocalRandom.current().nextInt(1000, 9999);
        page.navigate("/people/applicants/new");
        page.locator("#fullName").fill(name);
        page.locator("#residentId").fill(newResidentId());
        page.locator("#phone").fill("13712340000");
        page.locator("#channel").selectOption("VETERANS");
        page.locator("#register").click();
        assertThat(page.locator("#stage")).hasAttribute("data-stage", "APPLIED");

        var planOptions = page.locator("#plan-choice option", new Page.LocatorOptions().setHasText(PLAN));
        assertThat(planOptions.first()).isAttached();
        Assertions.assertThat(page.locator("#plan-choice option").allTextContents()).doesNotHaveDuplicates();
        String plan = planOptions.first().getAttribute("value");
        page.locator("#plan-choice").selectOption(plan);
        page.locator("#assign-plan").click();
        assertThat(page.locator("main .alert-success")).hasText(message("common.saved"));

        for (String stage : new String[] { "SCREENED", "INTERVIEWED", "PHYSICAL_TEST", "BACKGROUND_CHECK" }) {
            page.locator("#advance").click();
            assertThat(page.locator("#stage")).hasAttribute("data-stage", stage);
        }
        page.locator("#override-reason").fill("退伍军人，资料已当面核实");
        page.locator("#override").click();
        assertThat(page.locator("#stage")).hasAttribute("data-stage", "OFFER");
        page.locator("#advance").click();

        assertThat(page.locator("main .alert-success")).hasText(message("people.applicant.hired"));
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("#planned-deployment")).containsText(PLAN);
        assertThat(page.locator("#clearance")).containsText(message("people.gate.onboardingExam"));

        String username = "bao" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        page.locator("#account-form #username").fill(username);
        page.locator("#account-form #password").fill("Garrison2026x");
        page.locator("#create-account").click();
        assertThat(page.locator("main .alert-success")).hasText(message("people.account.created"));
        assertThat(page.locator("#account-name")).containsText(username);

        signOut(page);
        signIn(page, username, "Garrison2026x");
        page.navigate("/people/me");
        assertThat(page.locator("h1")).hasText(name);
    }

    private static String newResidentId() {
        var birth = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        String first17 = "440306" + birth.toString().replace("-", "") + (100 + ThreadLocalRandom.current().nextInt(800));
        return first17 + ResidentIds.checkCharacter(first17);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

}
