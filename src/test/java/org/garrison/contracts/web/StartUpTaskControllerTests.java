package org.garrison.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.contracts.web.WebSamples.CONTRACT_ID;
import static org.garrison.contracts.web.WebSamples.TODAY;
import static org.garrison.contracts.web.WebSamples.withId;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
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
import java.util.Map;

import org.garrison.contracts.ContractPermissions;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ContractSamples;
import org.garrison.contracts.internal.StartUpTasks;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.testsupport.TestClock;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class StartUpTaskControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(WebSamples.TODAY.atStartOfDay());
    }

    @Autowired
    StartUpTasks tasks;

    @Autowired
    ContractQueries queries;

    @Autowired
    Names names;

    @BeforeEach
    void data() {
        when(tasks.visibleTo(any(), anyBoolean())).thenReturn(List.of());
        when(queries.numbers(any())).thenReturn(Map.of());
    }

    @Test
    void departmentsSeeTheirTasksOthersAreRefused() throws Exception {
        mvc.perform(get("/contracts/tasks").with(withPermissions(ContractPermissions.STARTUP_TASKS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"tasks\"")));
        mvc.perform(get("/contracts/tasks").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)))
            .andExpect(status().isForbidden());
    }

    @Test
    void openTasksPastTheirDueDayAreHighlightedAsOfTheApplicationClock() throws Exception {
        when(tasks.visibleTo(any(), anyBoolean())).thenReturn(List.of(
                withId(ContractSamples.staffingTask(CONTRACT_ID, TODAY.minusDays(1)), 1L),
                withId(ContractSamples.staffingTask(CONTRACT_ID, TODAY), 2L)));
        var page = Jsoup.parse(mvc.perform(get("/contracts/tasks").with(withPermissions(ContractPermissions.STARTUP_TASKS_VIEW)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());

        assertThat(page.select("#tasks tbody tr")).extracting(row -> row.hasClass("table-danger"))
            .containsExactly(true, false);
    }

    @Test
    void markingATaskDoneGoesBackToTheList() throws Exception {
        mvc.perform(post("/contracts/tasks/3/done").with(withPermissions(ContractPermissions.STARTUP_TASKS_VIEW)).with(csrf()))
            .andExpect(redirectedUrl("/contracts/tasks"))
            .andExpect(flash().attribute("flash", "task.completed"));
        verify(tasks).complete(any(), eq(3L));
    }

    @Test
    void anotherDepartmentsTaskIsNotFound() throws Exception {
        doThrow(new NotFoundException("entity.startUpTask", 9L)).when(tasks).complete(any(), eq(9L));
        mvc.perform(post("/contracts/tasks/9/done").with(withPermissions(ContractPermissions.STARTUP_TASKS_VIEW)).with(csrf()))
            .andExpect(status().isNotFound());
        mvc.perform(post("/contracts/tasks/9/done").with(withPermissions(ContractPermissions.CONTRACTS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        verify(tasks).complete(any(), eq(9L));
    }

}
