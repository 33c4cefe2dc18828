package org.garrison.notifications.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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

import java.time.Instant;
import java.util.List;

import org.garrison.notifications.internal.Inbox;
import org.garrison.notifications.internal.Message;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class InboxControllerTests {

    static final long ME = 4242;

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    NotificationViews views;

    private final Message message = mock(Message.class);

    @BeforeEach
    void inbox() {
        when(inbox.of(eq(ME), any())).thenReturn(new PageImpl<>(List.of(message)));
        when(inbox.unread(ME)).thenReturn(3L);
        when(views.of(message)).thenReturn(new NotificationView(7, "sla.breached", "时限超时", "工单 WO-1 已超过维修时限",
                "/servicedesk/1", Instant.now(), false, true, null, null));
    }

    @Test
    void signedInUserSeesOwnInboxWithAnAcknowledgeForm() throws Exception {
        mvc.perform(get("/notifications").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("工单 WO-1 已超过维修时限")))
            .andExpect(content().string(containsString("/notifications/7/acknowledge")));
        verify(inbox).of(eq(ME), any());
    }

    @Test
    void badgeShowsTheUnreadCount() throws Exception {
        mvc.perform(get("/notifications/badge").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-unread=\"3\"")));
    }

    @Test
    void openingMarksReadAndFollowsOnlyLinksInsideTheApplication() throws Exception {
        when(inbox.markRead(ME, 7)).thenReturn(message);
        when(message.getLink()).thenReturn("/servicedesk/1");
        mvc.perform(post("/notifications/7/read").param("open", "true").with(withPermissions()).with(csrf()))
            .andExpect(redirectedUrl("/servicedesk/1"));
        when(message.getLink()).thenReturn("//evil.example.com/x");
        mvc.perform(post("/notifications/7/read").param("open", "true").with(withPermissions()).with(csrf()))
            .andExpect(redirectedUrl("/notifications"));
    }

    @Test
    void markAllReadMarksOnlyTheCallersMessages() throws Exception {
        mvc.perform(post("/notifications/read-all").with(withPermissions()).with(csrf()))
            .andExpect(redirectedUrl("/notifications"))
            .andExpect(flash().attribute("flash", "notification.markedAllRead"));
        verify(inbox).markAllRead(ME);
    }

    @Test
    void acknowledgementWithoutCommentIsRefusedAndNothingIsStored() throws Exception {
        mvc.perform(post("/notifications/7/acknowledge").param("comment", " ").with(withPermissions()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        verify(inbox, never()).acknowledge(anyLong(), anyLong(), anyString());
    }

    @Test
    void acknowledgementIsStoredWithTheComment() throws Exception {
        mvc.perform(post("/notifications/7/acknowledge").param("comment", "已派人维修").with(withPermissions()).with(csrf()))
            .andExpect(redirectedUrl("/notifications"))
            .andExpect(flash().attribute("flash", "notification.ackDone"));
        verify(inbox).acknowledge(ME, 7, "已派人维修");
    }

    @Test
    void anotherUsersNotificationIsNotFound() throws Exception {
        when(inbox.acknowledge(ME, 99, "x")).thenThrow(new NotFoundException("entity.notification", 99));
        mvc.perform(post("/notifications/99/acknowledge").param("comment", "x").with(withPermissions()).with(csrf()))
            .andExpect(status().isNotFound());
    }

    @Test
    void anonymousIsSentToSignInAndPostWithoutCsrfIsRefused() throws Exception {
        mvc.perform(get("/notifications")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/notifications/badge")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/notifications/read-all").with(withPermissions())).andExpect(status().isForbidden());
        verify(inbox, never()).markAllRead(anyLong());
    }

}
