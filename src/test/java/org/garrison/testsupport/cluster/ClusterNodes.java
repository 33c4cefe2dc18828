package org.garrison.testsupport.cluster;

import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.garrison.GarrisonApplication;
import org.garrison.numbering.Series;
import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.garrison.testsupport.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * Two more nodes of one cluster for the cluster tests: each the whole application on its own port, on the test
 * database, plus a slow scheduled job ({@link #SLOW_JOB}) and a declared numbering series ({@link #SERIES}) that
 * the tests use. Started by the first test that asks for them and shared by every cluster test of the run (each
 * start is a whole application: starting them once per class cost two starts per class); closed when the test
 * JVM ends, as Spring closes its cached test contexts.
 */
public final class ClusterNodes {

    /** A scheduled job that sleeps a second, so that two nodes starting it at once overlap. */
    public static final String SLOW_JOB = "cluster-test-slow-job";

    /** A numbering series both nodes declare, unique to this run. */
    public static final String SERIES = "cluster-" + UUID.randomUUID().toString().substring(0, 8);

    /** How often {@link #SLOW_JOB} has run on either node. */
    public static final AtomicInteger slowJobRuns = new AtomicInteger();

    private static ClusterNodes running;

    private final ConfigurableApplicationContext a;

    private final ConfigurableApplicationContext b;

    private ClusterNodes(ConfigurableApplicationContext a, ConfigurableApplicationContext b) {
        this.a = a;
        this.b = b;
    }

    /** The two nodes, started at the first call of the test JVM. */
    public static synchronized ClusterNodes start() {
        if (running == null) {
            var first = startNode();
            ConfigurableApplicationContext second;
            try {
                second = startNode();
            }
            catch (RuntimeException ex) {
                first.close();
                throw ex;
            }
            running = new ClusterNodes(first, second);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                second.close();
                first.close();
            }, "cluster-nodes-shutdown"));
        }
        return running;
    }

    public ConfigurableApplicationContext a() {
        return a;
    }

    public ConfigurableApplicationContext b() {
        return b;
    }

    /** A node: the whole application plus {@link NodeTestBeans}, without any test class's beans. */
    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(GarrisonApplication.class, NodeTestBeans.class)
            .initializers(context -> context.getBeanFactory()
                .registerSingleton(MainCodeOnly.class.getName(), new MainCodeOnly()))
            .run("--server.port=0", "--spring.datasource.url=" + TestDatabase.url());
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class NodeTestBeans {

        @Bean
        Series clusterTestSeries() {
            return new Series(SERIES, "TS", "-", 4);
        }

        @Bean
        ClusterJob slowClusterTestJob() {
            return new ClusterJob() {

                @Override
                public String name() {
                    return SLOW_JOB;
                }

                @Override
                public String cron() {
                    return "0 0 3 * * *";
                }

                @Override
                public RunSummary run() {
                    slowJobRuns.incrementAndGet();
                    try {
                        Thread.sleep(1000);
                    }
                    catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                    return RunSummary.of("job.cluster-test.slept");
                }
            };
        }

    }

    /**
     * Keeps component scanning of a node to the application's own classes: test classes (other tests'
     * configurations and beans) live in the test output folder and stay out.
     */
    static final class MainCodeOnly extends TypeExcludeFilter {

        private static final String TEST_CLASSES = ClusterNodes.class.getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().startsWith(TEST_CLASSES);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MainCodeOnly;
        }

        @Override
        public int hashCode() {
            return MainCodeOnly.class.hashCode();
        }

    }

}
