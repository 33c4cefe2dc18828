package org.garrison.shared;

import java.util.List;

/**
 * What a {@link ClusterJob} run did, as a message key of the job's module bundle with its arguments: kept in the
 * run history and shown in the reader's language.
 *
 * @param key message key, e.g. {@code job.patrols.sweep.summary}
 * @param args numbers or texts (they are kept as JSON), e.g. the counts of what was done
 */
public record RunSummary(String key, List<Object> args) {

    public RunSummary {
        args = List.copyOf(args);
        for (Object arg : args) {
            if (!(arg instanceof Number || arg instanceof String)) {
                throw new IllegalArgumentException("A run summary keeps numbers and texts only, not " + arg.getClass());
            }
        }
    }

    public static RunSummary of(String key, Object... args) {
        return new RunSummary(key, List.of(args));
    }

}
