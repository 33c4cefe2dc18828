package org.garrison.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.garrison.notifications.internal.Channel;
import org.garrison.notifications.internal.Preferences;
import org.garrison.platform.security.WebSliceTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class PreferencesControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Preferences preferences;

    @Test
    void userSeesAKindByChannelTableWithTheirChoicesTicked() throws Exception {
        Map<String, Map<Channel, Boolean>> table = new LinkedHashMap<>();
        table.put("sla.breached", Map.of(Channel.IN_APP, true, Channel.EMAIL, true));
        when(preferences.table(4242)).thenReturn(table);
        when(preferences.channels()).thenReturn(Channel.CHOSEN_BY_USERS);
        String page = mvc.perform(get("/notifications/preferences").with(withPermissions()))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        var html = Jsoup.parse(page);
        assertThat(html.select("input[value=sla.breached|EMAIL]").hasAttr("checked")).isTrue();
        assertThat(html.select("input[value=sla.breached|IN_APP]").hasAttr("checked")).isTrue();
    }

    @Test
    void savingKeepsExactlyTheTickedBoxesOfTheCaller() throws Exception {
        mvc.perform(post("/notifications/preferences").param("on", "sla.breached|EMAIL", "sla.warning|IN_APP")
            .with(withPermissions())
            .with(csrf())).andExpect(redirectedUrl("/notifications/preferences"));
        verify(preferences).choose(4242, Set.of("sla.breached|EMAIL", "sla.warning|IN_APP"));
    }

    @Test
    void untickingEverythingSavesNoChannel() throws Exception {
        mvc.perform(post("/notifications/preferences").with(withPermissions()).with(csrf()))
            .andExpect(redirectedUrl("/notifications/preferences"));
        verify(preferences).choose(4242, Set.of());
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/notifications/preferences")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/notifications/preferences").with(csrf())).andExpect(redirectedUrl("/login"));
        verify(preferences, never()).choose(anyLong(), anySet());
    }

}
