package org.garrison.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.garrison.platform.web.Formats;
import org.garrison.platform.web.Navigation;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @WebMvcTest} slice for one controller with the application's real security (all filter
 * chains, method security, CSRF, CSP), error handling, locale and layout beans. The identity module is
 * replaced by {@link SliceIdentity}; sign in with {@link TestPrincipals}. Services the controller
 * calls are mocked in the test with {@code @MockitoBean}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@Import({ SecurityConfiguration.class, Problems.class, Navigation.class, Formats.class, SliceIdentity.class })
public @interface WebSliceTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};

}
