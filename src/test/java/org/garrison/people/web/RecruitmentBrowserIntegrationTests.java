package org.garrison.people.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.garrison.people.internal.ResidentId;
import org.garrison.shared.ResidentIds;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * HR takes an applicant through the whole pipeline in the browser: a wrong resident ID is refused, the
 * facts are recorded, the stages are passed one by one (one of them on the kanban board by htmx) up to
 * the hire, which waits for a hiring plan and then opens the new employee record; a too-short applicant is stopped before the offer with the
 * reason and let through by a written override. Drives the pages by their ids: {@code #applicant-form},
 * {@code #facts-form}, {@code #advance}, {@code #stage}, {@code #override-reason}, {@code #override},
 * {@code #board}.
 */
class RecruitmentBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Test
    void hrTakesAnApplicantFromApplicationToHireAndOverridesABlockedOffer() {
        signIn(page, "hr", DemoUsers.PASSWORD);
        page.navigate(page.locator("a[data-nav='people.nav.recruitment']").first().getAttribute("href"));
        assertThat(page.locator("#board")).isVisible();

        String name = "浏览器" + ThreadLocalRandom.current().nextInt(1000, 9999);
        register(name, "440304198106151239");
        assertThat(page.locator(".alert-danger")).hasText(message("people.residentId.checkDigit"));

        register(name, newResidentId());
        assertThat(page.locator("#stage")).hasAttribute("data-stage", "APPLIED");
        recordFacts("178", "SENIOR_HIGH");

        page.navigate("/people/recruitment");
        page.locator("li[data-applicant='" + name + "'] button").click();
        assertThat(page.locator("[data-stage='SCREENED'] li[data-applicant='" + name + "']")).isVisible();
        page.locator("[data-stage='SCREENED'] li[data-applicant='" + name + "'] a").click();

        for (String stage : new String[] { "INTERVIEWED", "PHYSICAL_TEST", "BACKGROUND_CHECK", "OFFER" }) {
            page.locator("#advance").click();
            assertThat(page.locator("#stage")).hasAttribute("data-stage", stage);
        }
        page.locator("#advance").click();
        assertThat(page.locator(".alert-danger")).hasText(message("people.applicant.planRequiredToHire"));
        page.locator("#assign-plan").click();
        assertThat(page.locator("main .alert-success")).hasText(message("common.saved"));
        page.locator("#advance").click();
        assertThat(page.locator("main .alert-success")).hasText(message("people.applicant.hired"));
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("#clearance")).containsText(message("people.gate.onboardingExam"));

        String shortOne = name + "乙";
        register(shortOne, newResidentId());
        recordFacts("165", "JUNIOR_HIGH");
        // One click per page: a second click while the first answer is still loading would land on the page
        // being replaced, and the stage would then be one short.
        for (String stage : new String[] { "SCREENED", "INTERVIEWED", "PHYSICAL_TEST", "BACKGROUND_CHECK" }) {
            page.locator("#advance").click();
            assertThat(page.locator("#stage")).hasAttribute("data-stage", stage);
        }
        page.locator("#advance").click();
        assertThat(page.locator(".alert-danger")).containsText("165");
        assertThat(page.locator("#stage")).hasAttribute("data-stage", "BACKGROUND_CHECK");
        page.locator("#override").click();
        assertThat(page.locator("#override-form .invalid-feedback")).hasText(message("people.reason.required"));
        page.locator("#override-reason").fill("退伍军人，安排监控室岗位，身高不作要求");
        page.locator("#override").click();
        assertThat(page.locator("#stage")).hasAttribute("data-stage", "OFFER");
        assertThat(page.locator("#override-note")).containsText("退伍军人");
    }

    private void register(String name, String residentId) {
        page.navigate("/people/applicants/new");
        page.locator("#fullName").fill(name);
        page.locator("#residentId").fill(residentId);
        page.locator("#phone").fill("13712345678");
        page.locator("#channel").selectOption("REFERRAL");
        page.locator("#register").click();
    }

    private void recordFacts(String height, String education) {
        page.locator("#facts-form #heightCm").fill(height);
        page.locator("#facts-form #education").selectOption(education);
        page.locator("#healthCertificate").selectOption("true");
        page.locator("#criminalRecord").selectOption("false");
        page.locator("#administrativePenalty").selectOption("false");
        page.locator("#reEducation").selectOption("false");
        page.locator("#save-facts").click();
        assertThat(page.locator("main .alert-success")).hasText(message("common.saved"));
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
