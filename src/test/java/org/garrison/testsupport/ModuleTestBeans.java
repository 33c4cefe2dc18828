package org.garrison.testsupport;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The infrastructure beans the platform module gives a running application (clock, password
 * encoder), for {@code @ApplicationModuleTest}s that start one module without the platform.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ModuleTestBeans {

    @Bean
    Clock clock() {
        return Clock.system(TestClock.ZONE);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

}
