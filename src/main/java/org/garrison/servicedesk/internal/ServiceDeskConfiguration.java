package org.garrison.servicedesk.internal;

import org.garrison.numbering.Series;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The acceptance numbers (受理编号) of complaints and the numbers of whistle-blowing reports. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskConfiguration {

    @Bean
    Series complaintSeries() {
        return Complaints.SERIES;
    }

    @Bean
    Series whistleSeries() {
        return WhistleReports.SERIES;
    }

}
