package org.garrison.approvals.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.garrison.testsupport.browser.BrowserTestSupport;
import org.garrison.approvals.SubmitApproval;
import org.garrison.approvals.internal.ApprovalChains;
import org.garrison.approvals.internal.ApprovalChains.ChainDetails;
import org.garrison.approvals.internal.Approvals;
import org.garrison.approvals.internal.ChainStep;
import org.garrison.identity.IdentityManagement;
import org.garrison.testsupport.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * General affairs finds a new claim in the inbox through the navigation, approves it with a comment,
 * and finance sends it back, first refused for want of a comment. Drives the page by the ids of its
 * contract: {@code #approvals}, {@code #comment}, {@code #approve}, {@code #send-back}, {@code #history}.
 */
class ApprovalInboxBrowserIntegrationTests extends BrowserTestSupport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    MessageSource messages;

    @Autowired
    ApprovalChains chains;

    @Autowired
    Approvals approvals;

    @Autowired
    IdentityManagement identity;

    @Test
    void generalAffairsApprovesFromTheInboxAndFinanceSendsTheClaimBack() {
        String type = "WEB_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        String subject = "浏览器测试报销 " + type;
        chains.create(new ChainDetails(type, "浏览器测试", "Browser test",
                List.of(new ChainStep("GENERAL_AFFAIRS", null, null, null), new ChainStep("FINANCE", null, null, null))));
        approvals.submit(identity.user("leader").orElseThrow(),
                new SubmitApproval(type, subject, new BigDecimal("66.00"), Set.of(), null, null));

        signIn(page, "affairs", DemoUsers.PASSWORD);
        page.navigate(page.locator("a[data-nav='nav.approvals.inbox']").first().getAttribute("href"));
        page.locator("#approvals").getByText(subject).click();
        page.locator("#comment").fill("票据齐全");
        page.locator("#approve").click();
        assertThat(page.locator("main .alert-success")).hasText(message("approvals.approved"));
        assertThat(page.locator("#history")).containsText("票据齐全");
        assertThat(page.locator("#decision-form")).hasCount(0);
        String requestPath = page.url().substring(page.url().indexOf("/approvals/"));
        signOut(page);

        signIn(page, "finance", DemoUsers.PASSWORD);
        page.navigate("/approvals/inbox");
        assertThat(page.locator("#approvals")).containsText(subject);
        page.navigate(requestPath);
        page.locator("#send-back").click();
        assertThat(page.locator("#decision .alert-danger")).hasText(message("approvals.commentRequired"));
        page.locator("#comment").fill("请补充发票");
        page.locator("#send-back").click();
        assertThat(page.locator("main .alert-success")).hasText(message("approvals.returned"));
        assertThat(page.locator("#history")).containsText("请补充发票");
    }

    private String message(String key) {
        return messages.getMessage(key, null, CHINESE);
    }

}
