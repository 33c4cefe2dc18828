package org.garrison.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class DeliveryRetryJobTests {

    @Test
    void summaryCountsTheDeliveriesTriedInBothLanguages() {
        var outbox = mock(Outbox.class);
        when(outbox.retryDue()).thenReturn(2);

        var summary = new DeliveryRetryJob(outbox, mock(NotificationSettings.class)).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("重发到期的通知 2 条");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Due deliveries tried again: 2");
    }

}
