package org.garrison.siteops.internal;

import org.garrison.numbering.Series;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The form numbers of site operations: incidents {@code SJ-20261121-001} (事件). */
@Configuration(proxyBeanMethods = false)
public class SiteOpsNumbers {

    public static final String INCIDENTS = "siteops.incident";

    @Bean
    Series incidentSeries() {
        return new Series(INCIDENTS, "SJ", "-", 3);
    }

}
