package org.garrison.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.garrison.identity.IdentityManagement;
import org.garrison.notifications.internal.Inbox;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.UserId;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The notifications module with its dependencies: any module's request lands in the right inbox. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class NotificationsModuleTests {

    @Autowired
    Inbox inbox;

    @Autowired
    IdentityManagement identity;

    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void requestFromAnyModuleLandsInTheNamedUsersInbox(Scenario scenario) {
        // an alert that needs acknowledgement reaches the inbox whatever channels the user chose
        // (other tests change the demo users' channel choices)
        long leader = identity.user("leader").orElseThrow().id();
        String marker = "module-" + UUID.randomUUID().toString().substring(0, 8);
        long unreadBefore = inbox.unread(leader);

        scenario.publish(new NotificationRequested("system.test", Set.of(new UserId(leader)), Set.of(), null, "notification.kind.system.test",
                List.of(marker), "/", true, Instant.now()))
            .andWaitForStateChange(() -> inbox.unread(leader), unread -> unread > unreadBefore)
            .andVerify(unread -> assertThat(inbox.of(leader, PageRequest.of(0, 50)).getContent())
                .anySatisfy(message -> assertThat(message.getArgs()).contains(marker)));
    }

}
