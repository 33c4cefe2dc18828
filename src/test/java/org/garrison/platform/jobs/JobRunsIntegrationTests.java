package org.garrison.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.garrison.shared.RunSummary;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class JobRunsIntegrationTests {

    @Autowired
    JobRuns runs;

    @Autowired
    ClusterScheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void keepsARunFromStartToFinishWithItsTimes() {
        String job = "job-runs-test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant finished = started.plusSeconds(3);

        long id = runs.started(job, "node-a", started);
        runs.done(id, finished, RunSummary.of("job.patrols.sweep.summary", 3, 1));

        assertThat(runs.latest(100)).filteredOn(run -> run.jobName().equals(job))
            .singleElement()
            .satisfies(run -> {
                assertThat(run.id()).isEqualTo(id);
                assertThat(run.node()).isEqualTo("node-a");
                assertThat(run.startedAt()).isEqualTo(started);
                assertThat(run.finishedAt()).isEqualTo(finished);
                assertThat(run.outcome()).isEqualTo("DONE");
                assertThat(run.summary()).isEqualTo(RunSummary.of("job.patrols.sweep.summary", 3, 1));
                assertThat(run.detail()).isNull();
            });
    }

    @Test
    void keepsTheErrorOfAFailedRunAndTheTextOfRunsRecordedBeforeSummaries() {
        String job = "job-runs-test-" + UUID.randomUUID().toString().substring(0, 8);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        long failed = runs.started(job, "node-a", started);
        runs.failed(failed, started.plusSeconds(1), "java.lang.IllegalStateException: broken");
        long older = runs.started(job, "node-a", started.minusSeconds(60));
        jdbc.sql("update job_run set finished_at = started_at, outcome = 'DONE', detail = 'fired 1 SLA warnings and breaches' where id = :id")
            .param("id", older)
            .update();

        assertThat(runs.latest(100)).filteredOn(run -> run.jobName().equals(job))
            .extracting(JobRuns.Run::outcome, JobRuns.Run::detail, JobRuns.Run::summary)
            .containsExactly(tuple("FAILED", "java.lang.IllegalStateException: broken", null),
                    tuple("DONE", "fired 1 SLA warnings and breaches", null));
    }

    @Test
    void everyJobIsNamedInEnglishAndChinese() {
        assertThat(scheduler.jobs()).isNotEmpty().allSatisfy(job -> {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                assertThat(messages.getMessage("job." + job.name(), null, null, locale)).as(job.name()).isNotBlank();
            }
        });
    }

}
