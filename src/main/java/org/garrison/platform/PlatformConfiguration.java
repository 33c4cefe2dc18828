package org.garrison.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The one business clock: system time in the business zone ({@link TimeSettings}). */
    @Bean
    Clock clock(TimeSettings settings) {
        return Clock.system(settings.timeZone());
    }

}
