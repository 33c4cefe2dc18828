package org.garrison.longjobs.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.longjobs.internal.ExportClientsJob;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.people.PeoplePermissions;
import org.garrison.platform.security.WebSliceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ClientExportApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExportClientsJob exportClients;

    @Autowired
    LongJobs jobs;

    @Test
    void startsTheExportAndAnswersTheJobAtItsAddress() throws Exception {
        when(exportClients.start()).thenReturn(42L);
        when(jobs.get(new JobId(42))).thenReturn(JobControllerTests.job(LongJobStatus.QUEUED));

        mvc.perform(post("/api/v1/clients/exports").with(withPermissions(OrganisationPermissions.CLIENTS_VIEW)))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/jobs/42"))
            .andExpect(jsonPath("$.status").value("QUEUED"));
    }

    @Test
    void withoutClientsViewOrWithoutSignInNothingStarts() throws Exception {
        mvc.perform(post("/api/v1/clients/exports").with(withPermissions(PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isForbidden())
            .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        mvc.perform(post("/api/v1/clients/exports")).andExpect(status().isUnauthorized());
        verifyNoInteractions(exportClients, jobs);
    }

}
