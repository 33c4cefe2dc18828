package org.garrison.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface ClientContactRepository extends ListCrudRepository<ClientContact, Long> {

    List<ClientContact> findByClientIdOrderByIdAsc(long clientId);

    Optional<ClientContact> findByIdAndClientIdIn(long id, Collection<Long> clientIds);

}
