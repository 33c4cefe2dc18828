package org.garrison.longjobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Jobs run for real on the pool, as the user who started them. */
@IntegrationTest
class LongJobsIntegrationTests {

    @Autowired
    LongJobs jobs;

    @Autowired
    StaleJobSweep sweep;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aJobRunsAsItsOwnerToDoneAndKeepsItsResultFile() throws Exception {
        signIn("ops", Locale.ENGLISH);
        JobId id = jobs.start("test.report", "longjobs.export.clients.title", List.of(), progress -> {
            for (int row = 1; row <= 500; row++) {
                progress.progress(row, 500);
            }
            String who = CurrentUser.require().username();
            return JobResult.file("report.txt", "text/plain", ("made for " + who).getBytes(StandardCharsets.UTF_8));
        });

        JobView job = finished(id);

        assertThat(job.status()).isEqualTo(LongJobStatus.DONE);
        assertThat(job.title()).isEqualTo("Export of the client register");
        assertThat(job.done()).isEqualTo(500);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.resultName()).isEqualTo("report.txt");
        var result = jobs.result(id);
        var bytes = new ByteArrayOutputStream();
        try (var in = result.content().open()) {
            in.transferTo(bytes);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("made for ops");
        assertThat(result.size()).isEqualTo(bytes.size());
    }

    @Test
    void aRefusedJobFailsWithTheReasonInItsOwnersLanguage() {
        signIn("ops", Locale.SIMPLIFIED_CHINESE);
        String name = "客户-" + UUID.randomUUID();
        JobId id = jobs.start("test.import", "longjobs.export.clients.title", List.of(), progress -> {
            throw new DomainException("client.nameTaken", name);
        });

        JobView job = finished(id);

        assertThat(job.status()).isEqualTo(LongJobStatus.FAILED);
        assertThat(job.error()).isEqualTo(messages.getMessage("client.nameTaken", new Object[] { name },
                Locale.SIMPLIFIED_CHINESE)).contains(name);
        assertThat(job.hasResult()).isFalse();
    }

    @Test
    void anUnexpectedErrorFailsTheJobWithAGenericReason() {
        signIn("ops", Locale.ENGLISH);
        JobId id = jobs.start("test.import", "longjobs.export.clients.title", List.of(), progress -> {
            throw new IllegalStateException("database on fire");
        });

        assertThat(finished(id).error()).isEqualTo(messages.getMessage("longjobs.error.unexpected", null, Locale.ENGLISH))
            .doesNotContain("fire");
    }

    @Test
    void aCancelledJobStopsAndKeepsNoResult() {
        signIn("ops", Locale.ENGLISH);
        JobId id = jobs.start("test.slow", "longjobs.export.clients.title", List.of(), progress -> {
            long row = 0;
            while (!progress.isCancelled()) {
                progress.progress(++row, 0);
                Thread.sleep(20);
            }
            return JobResult.summary("longjobs.cancelled");
        });
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> jobs.get(id).status() == LongJobStatus.RUNNING);

        jobs.cancel(id);

        await().pollInSameThread().atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(jobs.get(id).status()).isEqualTo(LongJobStatus.CANCELLED));
        assertThat(jobs.get(id).hasResult()).isFalse();
    }

    @Test
    void runningJobsThatWentSilentAreFailedByTheSweep() {
        var owner = signIn("ops", Locale.ENGLISH);
        var old = Instant.now().minus(Duration.ofMinutes(30)).atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO long_job (owner_id, kind, title, locale, status, done_count, total_count, created_at, "
                + "started_at, heartbeat_at) VALUES (:owner, 'test.dead', :title, 'zh-CN', 'RUNNING', 3, 10, :old, :old, :old)")
            .param("owner", owner.id())
            .param("title", "dead-" + UUID.randomUUID())
            .param("old", old)
            .update();
        long id = jdbc.sql("SELECT MAX(id) FROM long_job WHERE kind = 'test.dead'").query(Long.class).single();

        sweep.run();

        JobView job = jobs.get(new JobId(id));
        assertThat(job.status()).isEqualTo(LongJobStatus.FAILED);
        assertThat(job.error()).isEqualTo(messages.getMessage("longjobs.error.interrupted", null, Locale.SIMPLIFIED_CHINESE));
    }

    private JobView finished(JobId id) {
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> jobs.get(id).finished());
        return jobs.get(id);
    }

    private CurrentUser signIn(String username, Locale locale) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        LocaleContextHolder.setLocale(locale);
        return (CurrentUser) user;
    }

}
