package org.garrison.platform.jobs;

import java.net.InetAddress;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Runs every {@link ClusterJob} on its cron schedule under a database lock (ShedLock), so that with
 * several nodes on one database each run happens on exactly one node, and records each run.
 */
@Component
@EnableScheduling
public class ClusterScheduler implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ClusterScheduler.class);

    private final List<ClusterJob> jobs;

    private final LockingTaskExecutor locks;

    private final JobRuns runs;

    private final Clock clock;

    private final String node;

    private final boolean enabled;

    ClusterScheduler(List<ClusterJob> jobs, DataSource dataSource, JobRuns runs, Clock clock,
            @Value("${garrison.jobs.enabled:true}") boolean enabled) {
        this.jobs = List.copyOf(jobs);
        this.locks = new DefaultLockingTaskExecutor(lockProvider(dataSource));
        this.runs = runs;
        this.clock = clock;
        this.node = nodeName();
        this.enabled = enabled;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (!enabled) {
            return;
        }
        for (ClusterJob job : jobs) {
            registrar.addCronTask(() -> runIfFree(job), job.cron());
        }
    }

    public List<ClusterJob> jobs() {
        return jobs;
    }

    public Optional<ClusterJob> job(String name) {
        return jobs.stream().filter(j -> j.name().equals(name)).findFirst();
    }

    /** Runs the job now unless another node holds its lock; returns whether it ran here. */
    public boolean runIfFree(ClusterJob job) {
        var configuration = new LockConfiguration(clock.instant(), job.name(), job.lockAtMostFor(), job.lockAtLeastFor());
        try {
            return locks.executeWithLock(() -> {
                long id = runs.started(job.name(), node, clock.instant());
                try {
                    RunSummary summary = job.run();
                    runs.done(id, clock.instant(), summary);
                    log.info("Job {} done on {}: {} {}", job.name(), node, summary.key(), summary.args());
                }
                catch (RuntimeException ex) {
                    runs.failed(id, clock.instant(), ex.toString());
                    log.error("Job {} failed on {}", job.name(), node, ex);
                }
                return true;
            }, configuration).getResult() != null;
        }
        catch (Throwable ex) {
            log.error("Job {} could not run", job.name(), ex);
            return false;
        }
    }

    String node() {
        return node;
    }

    private static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
            .withJdbcTemplate(new JdbcTemplate(dataSource))
            .withTableName("shedlock")
            .usingDbTime()
            .build());
    }

    private static String nodeName() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        }
        catch (java.net.UnknownHostException ex) {
            return "node/" + UUID.randomUUID().toString().substring(0, 8);
        }
    }

}
