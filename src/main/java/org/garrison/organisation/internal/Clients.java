package org.garrison.organisation.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.util.List;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client records (客户信息资料库) read within a data scope and changed with an audit trail. */
@Service
public class Clients {

    private final ClientRepository clients;

    private final ApplicationEventPublisher events;

    Clients(ClientRepository clients, ApplicationEventPublisher events) {
        this.clients = clients;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Client> list(DataScope scope, @Nullable String text, @Nullable ClientStatus status) {
        return list(scope, text, status, null);
    }

    /** Clients in the scope matching the text (name, industry, phone, tags), status and tag, by name. */
    @Transactional(readOnly = true)
    public List<Client> list(DataScope scope, @Nullable String text, @Nullable ClientStatus status, @Nullable String tag) {
        return clients.findAll(spec(scope, text, status, tag), Sort.by("name"));
    }

    /** One page of the clients {@link #list(DataScope, String, ClientStatus, String)} finds, paged in the query. */
    @Transactional(readOnly = true)
    public Page<Client> list(DataScope scope, @Nullable String text, @Nullable ClientStatus status, @Nullable String tag,
            Pageable pageable) {
        return clients.findAll(spec(scope, text, status, tag),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name", "id")));
    }

    private static Specification<Client> spec(DataScope scope, @Nullable String text, @Nullable ClientStatus status,
            @Nullable String tag) {
        Specification<Client> spec = Scopes.clients(scope);
        if (text != null && !text.isBlank()) {
            String pattern = Like.containingLowerCase(text);
            spec = spec.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("name")), pattern, Like.ESCAPE),
                    cb.like(cb.lower(cb.coalesce(r.get("industry"), "")), pattern, Like.ESCAPE),
                    cb.like(cb.coalesce(r.get("phone"), ""), pattern, Like.ESCAPE),
                    cb.like(cb.lower(cb.coalesce(r.get("tags"), "")), pattern, Like.ESCAPE)));
        }
        if (tag != null && !tag.isBlank()) {
            String wanted = tag.strip();
            spec = spec.and((r, q, cb) -> cb.like(cb.concat(cb.concat(",", cb.coalesce(r.get("tags"), "")), ","),
                    "%," + Like.escape(wanted) + ",%", Like.ESCAPE));
        }
        if (status != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), status));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    public Client get(DataScope scope, long id) {
        return clients.findOne(Scopes.clients(scope).and((r, q, cb) -> cb.equal(r.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.client", id));
    }

    @Transactional
    public Client create(ClientDetails details) {
        if (clients.existsByNameIgnoreCase(details.name().strip())) {
            throw new DomainException("client.nameTaken", details.name().strip());
        }
        requireUniquePhone(details.phone(), 0);
        var client = new Client(details.name().strip(), blankToNull(details.industry()),
                blankToNull(details.address()), blankToNull(details.phone()), details.status(), blankToNull(details.notes()));
        client.tag(details.tags());
        client = clients.save(client);
        events.publishEvent(AuditedChange.of("CREATE", "Client", client.getId(), client.getName(), null, client.snapshot()));
        return client;
    }

    @Transactional
    public void update(DataScope scope, long id, ClientDetails details) {
        var client = get(scope, id);
        var before = client.snapshot();
        if (!client.getName().equalsIgnoreCase(details.name().strip()) && clients.existsByNameIgnoreCase(details.name().strip())) {
            throw new DomainException("client.nameTaken", details.name().strip());
        }
        requireUniquePhone(details.phone(), id);
        client.change(details.name().strip(), blankToNull(details.industry()), blankToNull(details.address()),
                blankToNull(details.phone()), details.status(), blankToNull(details.notes()));
        client.tag(details.tags());
        events.publishEvent(AuditedChange.of("UPDATE", "Client", id, client.getName(), before, client.snapshot()));
    }

    /** A prospect (or former client) that signed a contract becomes an active client; an active one stays so. */
    @Transactional
    public void activate(long id) {
        var client = clients.findById(id).orElseThrow(() -> new NotFoundException("entity.client", id));
        if (client.getStatus() != ClientStatus.ACTIVE) {
            var before = client.snapshot();
            client.change(client.getName(), client.getIndustry(), client.getAddress(), client.getPhone(), ClientStatus.ACTIVE,
                    client.getNotes());
            events.publishEvent(AuditedChange.of("UPDATE", "Client", id, client.getName(), before, client.snapshot()));
        }
    }

    /** Duplicate detection: another client with the same phone number (compared digit by digit) is refused. */
    private void requireUniquePhone(@Nullable String phone, long exceptId) {
        String digits = ClientTags.digits(blankToNull(phone));
        if (digits != null) {
            clients.findFirstByPhoneDigitsAndIdNot(digits, exceptId).ifPresent(other -> {
                throw new DomainException("client.phoneTaken", phone, other.getName());
            });
        }
    }

    /** A client record as entered; {@code tags} comma-separated. */
    public record ClientDetails(String name, @Nullable String industry, @Nullable String address, @Nullable String phone,
            ClientStatus status, @Nullable String notes, @Nullable String tags) {
    }

}
