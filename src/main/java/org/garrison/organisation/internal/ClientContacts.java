package org.garrison.organisation.internal;

import java.util.List;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A client's contacts (联系人) with their roles, within the user's scope, changed with an audit trail. */
@Service
public class ClientContacts {

    private final ClientContactRepository contacts;

    private final Clients clients;

    private final ApplicationEventPublisher events;

    ClientContacts(ClientContactRepository contacts, Clients clients, ApplicationEventPublisher events) {
        this.contacts = contacts;
        this.clients = clients;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ClientContact> of(DataScope scope, long clientId) {
        clients.get(scope, clientId);
        return contacts.findByClientIdOrderByIdAsc(clientId);
    }

    @Transactional
    public ClientContact add(DataScope scope, long clientId, String name, String role, @Nullable String phone,
            @Nullable String email) {
        var client = clients.get(scope, clientId);
        var contact = contacts.save(new ClientContact(client.getId(), name, role, blank(phone), blank(email)));
        events.publishEvent(AuditedChange.of("CREATE", "ClientContact", contact.getId(), contact.getName(), null,
                contact.snapshot()));
        return contact;
    }

    @Transactional
    public void change(DataScope scope, long clientId, long contactId, String role, @Nullable String phone,
            @Nullable String email) {
        clients.get(scope, clientId);
        var contact = contacts.findByIdAndClientIdIn(contactId, List.of(clientId))
            .orElseThrow(() -> new NotFoundException("entity.clientContact", contactId));
        var before = contact.snapshot();
        contact.change(role, blank(phone), blank(email));
        events.publishEvent(AuditedChange.of("UPDATE", "ClientContact", contactId, contact.getName(), before,
                contact.snapshot()));
    }

    @Transactional
    public void remove(DataScope scope, long clientId, long contactId) {
        clients.get(scope, clientId);
        var contact = contacts.findByIdAndClientIdIn(contactId, List.of(clientId))
            .orElseThrow(() -> new NotFoundException("entity.clientContact", contactId));
        contacts.delete(contact);
        events.publishEvent(AuditedChange.of("DELETE", "ClientContact", contactId, contact.getName(), contact.snapshot(),
                null));
    }

    /** Records the portal account made for the contact. */
    @Transactional
    public void linkUser(long contactId, long userId) {
        var contact = contacts.findById(contactId).orElseThrow(() -> new NotFoundException("entity.clientContact", contactId));
        var before = contact.snapshot();
        contact.portalUser(userId);
        events.publishEvent(AuditedChange.of("UPDATE", "ClientContact", contactId, contact.getName(), before,
                contact.snapshot()));
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
