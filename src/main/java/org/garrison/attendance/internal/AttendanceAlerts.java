package org.garrison.attendance.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kind of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class AttendanceAlerts {

    @Bean
    NotificationKind attendanceAbsentKind() {
        return new NotificationKind(ShiftResults.ABSENT_KIND, true);
    }

}
