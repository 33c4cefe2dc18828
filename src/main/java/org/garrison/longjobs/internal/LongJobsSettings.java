package org.garrison.longjobs.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param root the folder result files were kept in before they moved into the database (still read from there)
 * @param concurrency how many jobs run at once on this node
 * @param queueCapacity how many started jobs may wait for a free slot
 * @param progressInterval the shortest time between two progress writes of one job
 * @param staleAfter how long a running job may stay silent before it is taken for dead
 */
@ConfigurationProperties("garrison.longjobs")
public record LongJobsSettings(@DefaultValue("./data/jobs") Path root, @DefaultValue("3") int concurrency,
        @DefaultValue("100") int queueCapacity, @DefaultValue("1s") Duration progressInterval,
        @DefaultValue("5m") Duration staleAfter) {
}
