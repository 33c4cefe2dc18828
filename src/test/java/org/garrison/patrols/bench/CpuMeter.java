package org.garrison.patrols.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time used so far by this JVM and by the machine's PostgreSQL processes (Linux {@code /proc}; PostgreSQL
 * reads as 0 elsewhere), so a benchmark can say what each path costs in CPU, not only in time.
 */
public final class CpuMeter {

    /** Linux reports process times in clock ticks of 1/100 s. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    public record Reading(long jvmNanos, long postgresNanos) {

        public Reading minus(Reading earlier) {
            return new Reading(jvmNanos - earlier.jvmNanos, postgresNanos - earlier.postgresNanos);
        }

        public Reading plus(Reading other) {
            return new Reading(jvmNanos + other.jvmNanos, postgresNanos + other.postgresNanos);
        }

    }

    private CpuMeter() {
    }

    public static Reading now() {
        return now(null);
    }

    /**
     * As {@link #now()}, but counting only the PostgreSQL backends connected to {@code database} (their process title
     * names it), so that other databases' work on a shared server is left out; {@code null} counts every PostgreSQL
     * process. A backend that ended since the earlier reading takes its time with it: compare readings over
     * connections that stay open (a pool's).
     */
    public static Reading now(String database) {
        long jvm = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
        return new Reading(jvm, postgresTicks(database) * NANOS_PER_TICK);
    }

    private static long postgresTicks(String database) {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return 0;
        }
        try (Stream<Path> processes = Files.list(proc)) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                .filter(p -> database == null || titleNames(p, database))
                .mapToLong(CpuMeter::postgresTicksOf)
                .sum();
        }
        catch (IOException ex) {
            return 0;
        }
    }

    private static boolean titleNames(Path process, String database) {
        try {
            return (" " + Files.readString(process.resolve("cmdline")).replace('\0', ' ') + " ").contains(" " + database + " ");
        }
        catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    /** utime + stime of a postgres process (fields 14 and 15 of /proc/PID/stat), 0 for any other process. */
    private static long postgresTicksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            int open = stat.indexOf('(');
            int close = stat.lastIndexOf(')');
            if (open < 0 || close < 0 || !stat.substring(open + 1, close).startsWith("postgres")) {
                return 0;
            }
            String[] fields = stat.substring(close + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        catch (IOException | RuntimeException ex) {
            return 0;
        }
    }

}
