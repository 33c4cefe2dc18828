package org.garrison.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on the test database, served on a random port (for the browser tests) and
 * through MockMvc, in ONE Spring context that every {@code *IntegrationTests} class shares. Test fixtures
 * are {@code @Component}s of the test sources (found by component scanning, e.g. {@code PatrolFixtures}).
 * A test that adds its own beans, mocks or properties would start a context of its own: don't; build the
 * data it needs through the modules' services instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
public @interface IntegrationTest {

}
