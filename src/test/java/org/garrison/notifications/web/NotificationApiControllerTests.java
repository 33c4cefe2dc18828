package org.garrison.notifications.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.garrison.notifications.internal.Inbox;
import org.garrison.notifications.internal.Message;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class NotificationApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    NotificationViews views;

    private final Message message = mock(Message.class);

    private final NotificationView view = new NotificationView(7, "sla.breached", "时限超时", "工单超时", null,
            Instant.parse("2026-11-21T10:00:00Z"), false, true, null, null);

    @Test
    void listsTheCallersNotificationsAsAPage() throws Exception {
        when(inbox.of(eq(4242L), any())).thenReturn(new PageImpl<>(List.of(message)));
        when(views.of(message)).thenReturn(view);
        mvc.perform(get("/api/v1/notifications").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].id").value(7))
            .andExpect(jsonPath("$.content[0].kind").value("sla.breached"))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.totalPages").value(1));
    }

    @Test
    void theUnreadOnesCountInTheirTotal() throws Exception {
        when(inbox.unread(eq(4242L), any())).thenReturn(new PageImpl<>(List.of(message), PageRequest.of(0, 1), 3));
        when(views.of(message)).thenReturn(view);
        mvc.perform(get("/api/v1/notifications").param("unread", "true").param("size", "1").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].id").value(7))
            .andExpect(jsonPath("$.totalElements").value(3));
    }

    @Test
    void marksReadAndAcknowledgesWithAComment() throws Exception {
        when(inbox.markRead(4242, 7)).thenReturn(message);
        when(inbox.acknowledge(4242, 7, "已处理")).thenReturn(message);
        when(views.of(message)).thenReturn(view);
        mvc.perform(post("/api/v1/notifications/7/read").with(withPermissions()).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.id").value(7));
        mvc.perform(post("/api/v1/notifications/7/acknowledge").with(withPermissions())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"comment\":\"已处理\"}")).andExpect(status().isOk());
    }

    @Test
    void refusedAcknowledgementIsAProblem() throws Exception {
        when(inbox.acknowledge(4242, 7, "x")).thenThrow(new DomainException("notification.alreadyAcknowledged"));
        mvc.perform(post("/api/v1/notifications/7/acknowledge").with(withPermissions())
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"comment\":\"x\"}")).andExpect(status().isUnprocessableContent());
    }

    @Test
    void anonymousCallersAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }

}
