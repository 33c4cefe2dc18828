package org.garrison.notifications.internal;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface WebhookRepository extends ListCrudRepository<Webhook, Long> {

    List<Webhook> findByActiveTrueAndScopeType(Webhook.ScopeType scopeType);

    List<Webhook> findByActiveTrueAndScopeTypeAndRefId(Webhook.ScopeType scopeType, long refId);

    List<Webhook> findAllByOrderByScopeTypeAscRefIdAscIdAsc();

}
