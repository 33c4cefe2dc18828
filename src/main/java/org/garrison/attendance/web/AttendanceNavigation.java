package org.garrison.attendance.web;

import java.util.EnumSet;

import org.garrison.attendance.AttendancePermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Attendance in the main navigation: the clock-in page under "My work", the on-duty board, monthly attendance and
 * site rules under "Operations", and the client's on-duty view.
 */
@Configuration(proxyBeanMethods = false)
class AttendanceNavigation {

    @Bean
    NavEntry attendanceClockNav() {
        return new NavEntry("nav.section.work", "attendance.nav.clock", "/attendance/my",
                AttendancePermissions.ATTENDANCE_CLOCK, 19);
    }

    @Bean
    NavEntry attendanceOnDutyNav() {
        return new NavEntry("nav.section.operations", "attendance.nav.onDuty", "/attendance/on-duty",
                AttendancePermissions.ATTENDANCE_VIEW, 45);
    }

    @Bean
    NavEntry attendanceMonthlyNav() {
        return new NavEntry("nav.section.operations", "attendance.nav.monthly", "/attendance/monthly",
                AttendancePermissions.ATTENDANCE_VIEW, 46);
    }

    @Bean
    NavEntry attendanceSitesNav() {
        return new NavEntry("nav.section.operations", "attendance.nav.sites", "/attendance/sites",
                AttendancePermissions.ATTENDANCE_MANAGE, 47);
    }

    @Bean
    NavEntry attendanceClientNav() {
        return new NavEntry("nav.section.work", "attendance.nav.clientOnDuty", "/attendance/client/on-duty",
                AttendancePermissions.CLIENT_ON_DUTY_VIEW, 26, EnumSet.of(ScopeLevel.CLIENT));
    }

}
