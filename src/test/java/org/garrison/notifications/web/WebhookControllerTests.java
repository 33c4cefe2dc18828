package org.garrison.notifications.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.identity.IdentityPermissions;
import org.garrison.notifications.NotificationPermissions;
import org.garrison.notifications.internal.Delivery;
import org.garrison.notifications.internal.Dispatcher;
import org.garrison.notifications.internal.Outbox;
import org.garrison.notifications.internal.RobotFlavour;
import org.garrison.notifications.internal.Webhook;
import org.garrison.notifications.internal.Webhooks;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class WebhookControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    Dispatcher dispatcher;

    @Autowired
    Outbox outbox;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void configurerSeesRobotsAndRecentDeliveries() throws Exception {
        var hook = mock(Webhook.class);
        when(hook.getId()).thenReturn(5L);
        when(hook.getScopeType()).thenReturn(Webhook.ScopeType.BRANCH);
        when(hook.getFlavour()).thenReturn(RobotFlavour.DINGTALK);
        when(hook.getUrl()).thenReturn("https://oapi.dingtalk.com/robot/send?access_token=abc");
        when(webhooks.all()).thenReturn(List.of(hook));
        mvc.perform(get("/admin/notifications/webhooks").with(withPermissions(NotificationPermissions.NOTIFICATIONS_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("access_token=abc")))
            .andExpect(content().string(containsString("/admin/notifications/webhooks/5/test")));
    }

    @Test
    void configurerAddsARobotForASite() throws Exception {
        mvc.perform(post("/admin/notifications/webhooks").param("scopeType", "SITE")
            .param("refId", "11")
            .param("flavour", "WECOM")
            .param("url", "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k")
            .with(withPermissions(NotificationPermissions.NOTIFICATIONS_CONFIGURE))
            .with(csrf()))
            .andExpect(redirectedUrl("/admin/notifications/webhooks"))
            .andExpect(flash().attribute("flash", "notification.webhook.added"));
        verify(webhooks).add(Webhook.ScopeType.SITE, 11L, RobotFlavour.WECOM,
                "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", null);
    }

    @Test
    void refusedRobotIsShownAboveTheForm() throws Exception {
        when(webhooks.add(any(), anyLong(), any(), anyString(), any()))
            .thenThrow(new DomainException("notification.webhook.urlInvalid"));
        mvc.perform(post("/admin/notifications/webhooks").param("scopeType", "SITE")
            .param("refId", "11")
            .param("flavour", "WECOM")
            .param("url", "ftp://x")
            .with(withPermissions(NotificationPermissions.NOTIFICATIONS_CONFIGURE))
            .with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void missingUrlIsAValidationError() throws Exception {
        mvc.perform(post("/admin/notifications/webhooks").param("scopeType", "SITE")
            .param("refId", "11")
            .param("flavour", "WECOM")
            .with(withPermissions(NotificationPermissions.NOTIFICATIONS_CONFIGURE))
            .with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("is-invalid")));
        verify(webhooks, never()).add(any(), anyLong(), any(), anyString(), any());
    }

    @Test
    void testAlertIsSentNowAndItsOutcomeShown() throws Exception {
        var delivery = mock(Delivery.class);
        when(dispatcher.testRobot(5, "测试用户")).thenReturn(delivery);
        when(delivery.getStatus()).thenReturn(Delivery.Status.SENT);
        mvc.perform(post("/admin/notifications/webhooks/5/test").with(withPermissions(NotificationPermissions.NOTIFICATIONS_CONFIGURE))
            .with(csrf())).andExpect(flash().attribute("flash", "notification.webhook.tested"));
        when(delivery.getStatus()).thenReturn(Delivery.Status.PENDING);
        when(delivery.getLastError()).thenReturn("HTTP 404");
        mvc.perform(post("/admin/notifications/webhooks/5/test").with(withPermissions(NotificationPermissions.NOTIFICATIONS_CONFIGURE))
            .with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("HTTP 404")));
    }

    @Test
    void usersWithoutConfigurePermissionAreRefusedAndNothingChanges() throws Exception {
        mvc.perform(get("/admin/notifications/webhooks").with(withPermissions(OrganisationPermissions.ORG_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/webhooks/5/remove").with(withPermissions(IdentityPermissions.USERS_MANAGE))
            .with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/webhooks/5/test").with(withPermissions(OrganisationPermissions.ORG_VIEW))
            .with(csrf())).andExpect(status().isForbidden());
        verify(webhooks, never()).remove(anyLong());
        verify(dispatcher, never()).testRobot(anyLong(), anyString());
    }

}
