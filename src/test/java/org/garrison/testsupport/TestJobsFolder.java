package org.garrison.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/** Keeps the result files of long jobs of every test context of this JVM in one temporary folder, not in ./data/jobs. */
public class TestJobsFolder implements EnvironmentPostProcessor {

    private static volatile Path folder;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources()
            .addFirst(new MapPropertySource("garrisonTestJobs", Map.of("garrison.longjobs.root", folder().toString())));
    }

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("garrison-jobs-");
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return folder;
    }

}
