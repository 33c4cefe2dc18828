package org.garrison.notifications.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
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
                Permission.NOTIFICATIONS_CONFIGURE, 60);
    }

}
