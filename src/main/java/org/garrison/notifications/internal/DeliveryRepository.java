package org.garrison.notifications.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

interface DeliveryRepository extends ListCrudRepository<Delivery, Long> {

    List<Delivery> findByStatusAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(Delivery.Status status, Instant now,
            Limit limit);

    List<Delivery> findByMessageId(long messageId);

    List<Delivery> findTop50ByOrderByIdDesc();

}
