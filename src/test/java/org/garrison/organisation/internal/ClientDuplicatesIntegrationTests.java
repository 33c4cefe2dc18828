package org.garrison.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Duplicate detection and tags on the real database. */
@IntegrationTest
class ClientDuplicatesIntegrationTests {

    @Autowired
    Clients clients;

    @Test
    void aSecondClientWithTheSamePhoneWrittenDifferentlyIsRefused() {
        String name = "重复检测 " + UUID.randomUUID().toString().substring(0, 6);
        String phone = "0755-6" + (100_0000 + (int) (Math.random() * 8_999_999));
        clients.create(new ClientDetails(name, null, null, phone, ClientStatus.PROSPECT, null, "测试"));

        assertThatThrownBy(() -> clients.create(new ClientDetails(name + " 分部", null, null,
                "(" + phone.replace("-", ") "), ClientStatus.PROSPECT, null, null)))
            .isInstanceOfSatisfying(DomainException.class, ex -> {
                assertThat(ex.messageKey()).isEqualTo("client.phoneTaken");
                assertThat(ex.arguments()).contains(name);
            });
        assertThatThrownBy(() -> clients.create(new ClientDetails(name.toUpperCase(), null, null, null,
                ClientStatus.PROSPECT, null, null))).hasMessage("client.nameTaken");
    }

    @Test
    void clientsAreFilteredByAWholeTag() {
        String tag = "标签" + UUID.randomUUID().toString().substring(0, 4);
        var client = clients.create(new ClientDetails("标签测试 " + tag, null, null, null, ClientStatus.ACTIVE, null,
                tag + ",其他"));

        assertThat(clients.list(DataScope.company(0), null, null, tag)).extracting(Client::getId).containsExactly(client.getId());
        assertThat(clients.list(DataScope.company(0), null, null, tag.substring(0, 3))).isEmpty();
        assertThat(client.tagList()).containsExactly(tag, "其他");
    }

}
