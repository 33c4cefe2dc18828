/**
 * Notifications and alerts: turns {@link org.garrison.shared.NotificationRequested} events into in-app
 * inbox messages, e-mails and WeCom / DingTalk group-robot posts for the right people, by each user's
 * channel choices; failed sends are retried with back-off; alerts can be acknowledged with a comment.
 */
@ApplicationModule(allowedDependencies = { "identity", "organisation" })
@NullMarked
package org.garrison.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
