package org.garrison.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.garrison.platform.web.Formats;
import org.garrison.platform.web.Labels;
import org.garrison.platform.web.Navigation;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The web slice: every controller of the application with the real security (all filter chains, method
 * security, CSRF, CSP), error handling, locale and layout beans, in one Spring context that every
 * controller test shares. The identity module is replaced by {@link SliceIdentity}; sign in with
 * {@link TestPrincipals}. The services controllers call are Mockito mocks ({@link SliceMocks}), reset after
 * each test: {@code @Autowired} the ones a test stubs. The clock is a {@link org.garrison.testsupport.TestClock}
 * (system time unless the test fixes it). Signing in with a password goes through a mocked
 * {@link AuthenticationManager} (the integration tests prove the real one). A test that declares its own beans, mocks or properties would
 * start a context of its own: don't.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest
@MockitoBean(types = AuthenticationManager.class)
@Import({ SecurityConfiguration.class, Problems.class, Navigation.class, Formats.class, Labels.class, SliceIdentity.class,
        SliceBeans.class })
public @interface WebSliceTest {

}
