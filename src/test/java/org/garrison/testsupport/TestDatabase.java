package org.garrison.testsupport;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test application context at the database of this test run: an in-memory H2 database
 * (PostgreSQL mode) by default, or, when {@code GARRISON_TEST_DB=postgres}, a fresh PostgreSQL
 * database created for this JVM on {@code GARRISON_TEST_PG_HOST} (default 127.0.0.1:5432) and
 * dropped by the next run once this JVM has ended. All contexts of one run share the database.
 */
public class TestDatabase implements EnvironmentPostProcessor {

    private static final String PREFIX = "garrison_test_";

    private static final String PG_HOST = env("GARRISON_TEST_PG_HOST", "127.0.0.1:5432");

    private static final String PG_USER = env("GARRISON_TEST_PG_USER", "postgres");

    private static volatile String url;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", url());
        properties.put("spring.datasource.username", isPostgres() ? PG_USER : "sa");
        properties.put("spring.datasource.password", "");
        // Many cached test contexts (and other test JVMs) share one database server: small pools.
        properties.put("spring.datasource.hikari.maximum-pool-size", "5");
        properties.put("spring.datasource.hikari.minimum-idle", "1");
        properties.put("garrison.jobs.enabled", "false");
        environment.getPropertySources().addFirst(new MapPropertySource("garrisonTestDatabase", properties));
    }

    public static boolean isPostgres() {
        return "postgres".equalsIgnoreCase(env("GARRISON_TEST_DB", "h2"));
    }

    public static synchronized String url() {
        if (url == null) {
            url = isPostgres() ? createPostgresDatabase()
                    : "jdbc:h2:mem:garrison-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        return url;
    }

    private static String createPostgresDatabase() {
        String name = PREFIX + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ProcessHandle.current().pid();
        String admin = "jdbc:postgresql://" + PG_HOST + "/postgres";
        try (var connection = DriverManager.getConnection(admin, PG_USER, "");
                var statement = connection.createStatement()) {
            dropDatabasesOfEndedRuns(statement);
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            // A test database is thrown away: a commit need not wait for its WAL to reach the disk.
            statement.execute("ALTER DATABASE " + name + " SET synchronous_commit = off");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("GARRISON_TEST_DB=postgres but PostgreSQL at " + PG_HOST
                    + " is not reachable or refuses to create a database: " + ex.getMessage(), ex);
        }
        return "jdbc:postgresql://" + PG_HOST + "/" + name;
    }

    /**
     * Drops the databases of earlier test runs whose JVM (the pid at the end of the name) has ended.
     * Dropping at the start of the next run, not at JVM exit, avoids racing the closing Spring contexts,
     * whose connection pools would otherwise wait for a database that is gone.
     */
    private static void dropDatabasesOfEndedRuns(Statement statement) throws SQLException {
        List<String> ended = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rows.next()) {
                String database = rows.getString(1);
                String pid = database.substring(database.lastIndexOf('_') + 1);
                if (pid.chars().allMatch(Character::isDigit) && ProcessHandle.of(Long.parseLong(pid)).isEmpty()) {
                    ended.add(database);
                }
            }
        }
        for (String database : ended) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }

}
