package org.garrison.longjobs.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class JobApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    LongJobs jobs;

    @Test
    void anonymousCallersGetAProblemUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/jobs"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        verifyNoInteractions(jobs);
    }

    @Test
    void listsTheCallersJobsWithTheirProgress() throws Exception {
        when(jobs.mine(any())).thenReturn(new PageImpl<>(List.of(JobControllerTests.job(LongJobStatus.RUNNING))));

        mvc.perform(get("/api/v1/jobs").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].status").value("RUNNING"))
            .andExpect(jsonPath("$.content[0].done").value(3))
            .andExpect(jsonPath("$.content[0].total").value(10));
    }

    @Test
    void someoneElsesJobIsAProblemNotFound() throws Exception {
        when(jobs.get(any())).thenThrow(new NotFoundException("entity.longJob", 9));
        when(jobs.result(any())).thenThrow(new NotFoundException("entity.longJob", 9));

        mvc.perform(get("/api/v1/jobs/9").with(withPermissions()))
            .andExpect(status().isNotFound())
            .andExpect(header().string("Content-Type", "application/problem+json"));
        mvc.perform(get("/api/v1/jobs/9/result").with(withPermissions())).andExpect(status().isNotFound());
    }

}
