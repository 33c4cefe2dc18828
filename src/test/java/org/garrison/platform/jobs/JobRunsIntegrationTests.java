package org.garrison.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class JobRunsIntegrationTests {

    @Autowired
    JobRuns runs;

    @Test
    void keepsARunFromStartToFinishWithItsTimes() {
        String job = "job-runs-test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant finished = started.plusSeconds(3);

        long id = runs.started(job, "node-a", started);
        runs.finished(id, finished, "DONE", "did it");

        assertThat(runs.latest(100)).filteredOn(run -> run.jobName().equals(job))
            .singleElement()
            .satisfies(run -> {
                assertThat(run.id()).isEqualTo(id);
                assertThat(run.node()).isEqualTo("node-a");
                assertThat(run.startedAt()).isEqualTo(started);
                assertThat(run.finishedAt()).isEqualTo(finished);
                assertThat(run.outcome()).isEqualTo("DONE");
                assertThat(run.detail()).isEqualTo("did it");
            });
    }

}
