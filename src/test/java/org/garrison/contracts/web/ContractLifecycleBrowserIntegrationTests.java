package org.garrison.contracts.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.options.FilePayload;

import org.garrison.contracts.TestClients;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The life of a contract in the browser: customer service records the inquiry, security operations
 * drafts two proposal versions and compares them, customer service signs (first refused without the
 * signed file), and security operations, training and logistics each find their start-up task.
 */
class ContractLifecycleBrowserIntegrationTests extends BrowserTestSupport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    MessageSource messages;

    @Autowired
    Clients clients;

    @Test
    void inquiryTwoProposalVersionsSigningAndEachDepartmentSeesItsTask() {
        String siteCode = "W" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String title = "浏览器测试 " + siteCode;
        String client = TestClients.name();
        clients.create(new ClientDetails(client, "会展", null, null, ClientStatus.PROSPECT, null, null));

        // customer service records the inquiry
        signIn(page, "cs", DemoUsers.PASSWORD);
        page.navigate("/contracts/new");
        page.locator("#clientId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(client));
        page.locator("#title").fill(title);
        page.locator("#needs").fill("展会期间大门岗 24 小时值守及每日保洁");
        page.locator("#wantedFrom").fill("2027-03-01");
        page.locator("#wantedTo").fill("2028-02-29");
        page.locator("#save-inquiry").click();
        assertThat(page.locator("#contract-status")).hasAttribute("data-status", "INQUIRY");
        String contractPath = page.url().substring(page.url().indexOf("/contracts/"));
        signOut(page);

        // security operations drafts version 1, then a cheaper version 2
        signIn(page, "ops", DemoUsers.PASSWORD);
        page.navigate(contractPath + "/proposals/new");
        page.locator("#save-proposal").click();
        assertThat(page.locator("#changes")).hasClass(java.util.regex.Pattern.compile("is-invalid"));
        page.locator("#changes").fill("初稿");
        page.locator("#save-proposal").click();
        assertThat(page.locator("main .alert-danger").first()).hasText(message("proposal.noLines"));
        row(0, "GUARDING", siteCode, "大门岗", "2", "3", "36000");
        row(1, "CLEANING", siteCode, "", "", "", "8000");
        page.locator("#save-proposal").click();
        assertThat(page.locator("#monthly-total")).containsText("44,000");
        page.navigate(contractPath + "/proposals/new");
        page.locator("#changes").fill("大门岗每班减为 1 人，费用下调");
        page.locator("[name='lines[0].headcount']").fill("1");
        page.locator("[name='lines[0].monthlyFee']").fill("-18000");
        page.locator("#save-proposal").click();
        assertThat(page.locator("main .alert-danger").first()).hasText(message("proposal.line.negativeFee"));
        page.locator("[name='lines[0].monthlyFee']").fill("18000");
        page.locator("#save-proposal").click();
        page.navigate(contractPath);
        assertThat(page.locator("#versions tbody tr")).hasCount(2);
        page.locator("#compare").click();
        assertThat(page.locator("#comparison tr[data-change='changed']")).hasCount(1);
        assertThat(page.locator("#total-difference")).containsText("18,000");
        signOut(page);

        // customer service signs: refused without the file, then signed with it
        signIn(page, "cs", DemoUsers.PASSWORD);
        page.navigate(contractPath + "/sign");
        page.locator("#amount").fill("312000");
        page.locator("#rightsObligations").fill("甲方按月支付服务费；乙方按方案派驻保安并提供保洁服务。");
        page.locator("#branchId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("第二大队"));
        page.locator("#sign-contract").click();
        assertThat(page.locator("main .alert-danger")).hasText(message("contract.signedFileMissing"));
        page.locator("#file").setInputFiles(new FilePayload("合同.pdf", "application/pdf",
                "%PDF-1.4 signed".getBytes(StandardCharsets.UTF_8)));
        page.locator("#rightsObligations").fill("甲方按月支付服务费；乙方按方案派驻保安并提供保洁服务。");
        page.locator("#sign-contract").click();
        assertThat(page.locator("#contract-status")).hasAttribute("data-status", "ACTIVE");
        assertThat(page.locator("#tasks tbody tr")).hasCount(3);
        signOut(page);

        // each department sees its own task
        for (var department : new String[][] { { "ops", "SECURITY_OPS" }, { "trainer", "TRAINING" },
                { "logistics", "LOGISTICS" } }) {
            signIn(page, department[0], DemoUsers.PASSWORD);
            page.navigate(page.locator("a[data-nav='contract.nav.tasks']").first().getAttribute("href"));
            var mine = page.locator("#tasks tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(siteCode.isEmpty() ? title : "会展中心 " + siteCode));
            assertThat(mine).hasCount(1);
            assertThat(mine).hasAttribute("data-department", department[1]);
            signOut(page);
        }
    }

    private void row(int index, String kind, String siteCode, String post, String headcount, String shifts, String fee) {
        String prefix = "[name='lines[" + index + "].";
        page.locator(prefix + "kind']").selectOption(kind);
        page.locator(prefix + "siteCode']").fill(siteCode);
        page.locator(prefix + "siteName']").fill("会展中心 " + siteCode);
        page.locator(prefix + "postName']").fill(post);
        page.locator(prefix + "headcount']").fill(headcount);
        page.locator(prefix + "shiftsPerDay']").fill(shifts);
        page.locator(prefix + "monthlyFee']").fill(fee);
    }

    private String message(String key) {
        return messages.getMessage(key, null, CHINESE);
    }

}
