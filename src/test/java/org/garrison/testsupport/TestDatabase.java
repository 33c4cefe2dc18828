package org.garrison.testsupport;

import java.sql.DriverManager;
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
 * dropped when the JVM exits. All contexts of one run share the database.
 */
public class TestDatabase implements EnvironmentPostProcessor {

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
        String name = "garrison_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
                + ProcessHandle.current().pid();
        String admin = "jdbc:postgresql://" + PG_HOST + "/postgres";
        try (var connection = DriverManager.getConnection(admin, PG_USER, "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        catch (SQLException ex) {
            throw new IllegalStateException("GARRISON_TEST_DB=postgres but PostgreSQL at " + PG_HOST
                    + " is not reachable or refuses to create a database: " + ex.getMessage(), ex);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (var connection = DriverManager.getConnection(admin, PG_USER, "");
                    var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
            catch (SQLException ex) {
                // the database stays behind; a later run does not depend on it
            }
        }));
        return "jdbc:postgresql://" + PG_HOST + "/" + name;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }

}
