package org.garrison.notifications.web;

import org.garrison.notifications.NotificationPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationsNavigation {

    @Bean
    NavEntry notificationsNav() {
        return new NavEntry("nav.section.work", "nav.notifications", "/notifications", null, 5);
    }

    @Bean
    NavEntry notificationPreferencesNav() {
        return new NavEntry("nav.section.work", "nav.notificationPreferences", "/notifications/preferences", null, 6);
    }

    @Bean
    NavEntry notificationWebhooksNav() {
        return new NavEntry("nav.section.admin", "nav.notificationWebhooks", "/admin/notifications/webhooks",
                NotificationPermissions.NOTIFICATIONS_CONFIGURE, 60);
    }

}
