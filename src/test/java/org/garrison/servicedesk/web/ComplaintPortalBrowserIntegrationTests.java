package org.garrison.servicedesk.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.microsoft.playwright.Locator;

import org.garrison.identity.IdentityManagement;
import org.garrison.platform.web.Formats;
import org.garrison.servicedesk.internal.ComplaintFlow;
import org.garrison.servicedesk.internal.Responsibility;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A client files a complaint in the portal (the form prefilled from the client record, no internal categories, one
 * site picker; on a phone too) and customer service finds it in its inbox and the list with its deadline; the client follows its
 * status; customer service accepts and signs it, and after investigation and confirmation answers and
 * closes it with a return visit. Drives the pages by their ids: {@code #new-complaint}, {@code #complaint-form},
 * {@code #accept}, {@code #answer-text}, {@code #visit-text}, {@code #complaint-state}.
 */
class ComplaintPortalBrowserIntegrationTests extends BrowserTestSupport {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    MessageSource messages;

    @Autowired
    ComplaintFlow flow;

    @Autowired
    IdentityManagement identity;

    @Autowired
    Formats formats;

    @Autowired
    JdbcClient jdbc;

    @Test
    void clientFilesInThePortalAndCustomerServiceClosesIt() {
        String reason = "浏览器测试：门岗队员值班时玩手机 " + UUID.randomUUID().toString().substring(0, 6);

        signIn(page, "client", DemoUsers.PASSWORD);
        page.navigate("/servicedesk/complaints");
        page.locator("#new-complaint").click();
        assertThat(page.locator("#clientName")).hasValue("鹏城银行深圳分行");
        page.locator("#siteId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("鹏城银行福田支行"));
        page.locator("#phone").fill("0755-8888 1234");
        page.locator("#reason").fill(reason);
        page.locator("#demand").fill("批评教育并调岗");
        page.locator("#typeCode").selectOption("ATTITUDE");
        page.locator("#file-complaint").click();
        assertThat(page.locator("main .alert-success")).hasText(message("servicedesk.complaint.filed"));
        assertThat(page.locator("#complaint-state")).hasText(message("servicedesk.state.SUBMITTED"));
        String path = page.url().substring(page.url().indexOf("/servicedesk/"));
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        signOut(page);

        signIn(page, "cs", DemoUsers.PASSWORD);
        page.navigate("/servicedesk/complaints?state=SUBMITTED");
        page.locator("#complaints a[href='" + path + "']").click();
        page.locator("#accept").click();
        assertThat(page.locator("#complaint-state")).hasText(message("servicedesk.state.INVESTIGATING"));
        assertThat(page.locator("#step-clock")).isVisible();

        flow.investigate(identity.user("ops").orElseThrow(), id, "监控显示队员值班时使用手机。", "赵磊（门岗）");
        flow.confirm(identity.user("leader").orElseThrow(), id, "赵磊、队长陈刚");
        flow.draft(identity.user("cs").orElseThrow(), id, "批评教育并调离门岗。", Responsibility.STAFF, null);

        page.navigate(path);
        page.locator("#answer-text").fill("已对队员批评教育并调离门岗，感谢您的监督。");
        page.locator("#answer").click();
        assertThat(page.locator("#complaint-state")).hasText(message("servicedesk.state.RETURN_VISIT"));
        page.locator("#visit-text").fill("电话回访，客户满意。");
        page.locator("#close").click();
        assertThat(page.locator("#complaint-state")).hasText(message("servicedesk.state.CLOSED"));
        assertThat(page.locator("#history")).containsText("电话回访，客户满意。");
        signOut(page);

        signIn(page, "client", DemoUsers.PASSWORD);
        page.navigate("/servicedesk/complaints");
        assertThat(page.locator("#complaints")).containsText(message("servicedesk.state.CLOSED"));
        page.navigate(path);
        assertThat(page.locator("#answer")).containsText("已对队员批评教育并调离门岗");
        assertThat(page.locator("#handling")).hasCount(0);
        assertThat(page.locator("#history")).not().containsText("监控显示");
    }

    @Test
    void aComplaintFiledOnAPhoneReachesCustomerServiceWithItsDeadline() throws InterruptedException {
        String reason = "手机投诉：夜班门岗无人 " + UUID.randomUUID().toString().substring(0, 6);
        page.setViewportSize(360, 640);

        signIn(page, "client", DemoUsers.PASSWORD);
        page.navigate("/servicedesk/complaints/new");
        assertThat(page.locator("#clientName")).hasValue("鹏城银行深圳分行");
        assertThat(page.locator("select[name='siteId']")).hasCount(1);
        assertThat(page.locator("#category")).hasCount(0);
        assertThat(page.locator("#claimedAmount")).hasCount(0);
        assertThat(page.locator("main")).not().containsText(message("servicedesk.category.FEE_DEDUCTION"));
        assertThat(page.locator("main")).not().containsText(message("servicedesk.category.UNJUSTIFIED"));
        page.locator("#siteId").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("鹏城银行福田支行"));
        page.locator("#phone").fill("0755-8888 1234");
        page.locator("#reason").fill(reason);
        page.locator("#demand").fill("加强夜间值守");
        page.locator("#typeCode").selectOption("ATTITUDE");
        page.locator("#file-complaint").click();
        assertThat(page.locator("main .alert-success")).hasText(message("servicedesk.complaint.filed"));
        assertThat(page.locator("#complaint-state")).hasText(message("servicedesk.state.SUBMITTED"));
        String number = jdbc.sql("SELECT number FROM sd_complaint WHERE reason = ?").param(reason).query(String.class).single();
        Instant due = jdbc.sql("SELECT step_due_at FROM sd_complaint WHERE reason = ?").param(reason).query(Instant.class).single();
        page.locator(".navbar-toggler").click();
        assertThat(page.locator("#user-menu")).isVisible();
        signOut(page);

        awaitInboxMessage("cs", number);
        signIn(page, "cs", DemoUsers.PASSWORD);
        page.navigate("/notifications");
        assertThat(page.locator("[data-notification]").filter(new Locator.FilterOptions().setHasText(number)))
            .containsText(message("notification.kind.servicedesk.complaint"));
        page.navigate("/servicedesk/complaints?state=SUBMITTED");
        assertThat(page.locator("#complaints tr[data-number='" + number + "']")).containsText(deadline(due));
    }

    @Test
    void satisfactionTrendIsDrawnUnderTheStrictContentSecurityPolicy() {
        signIn(page, "chairman", DemoUsers.PASSWORD);
        page.navigate("/servicedesk/satisfaction");
        assertThat(page.locator("#satisfaction-chart canvas")).hasCount(1);
        assertThat(page.locator("#satisfaction")).containsText("鹏城银行福田支行");
    }

    private String deadline(Instant due) {
        var before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(CHINESE);
        try {
            return formats.dateTime(due);
        }
        finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    /** Customer service's inbox message about the complaint, stored by the notifications module after the filing. */
    private void awaitInboxMessage(String username, String number) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            long found = jdbc.sql("""
                    SELECT count(*) FROM notification_message m JOIN app_user u ON u.id = m.user_id
                    WHERE u.username = ? AND m.kind = 'servicedesk.complaint' AND m.args LIKE ?""")
                .params(username, "%" + number + "%")
                .query(Long.class)
                .single();
            if (found > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no inbox message about " + number + " for " + username);
    }

    private String message(String key) {
        return messages.getMessage(key, null, CHINESE);
    }

}
