package org.garrison.imports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.imports.ImportKind;
import org.garrison.organisation.OrganisationImports;
import org.garrison.organisation.OrganisationImports.ClientRow;
import org.garrison.organisation.OrganisationImports.ContactRow;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The client list: one row per client, or per contact of a client (the client's columns repeated). */
@Component
class ClientImporter extends Importer {

    private static final String STATUS = "client.status.";

    private static final List<Column> COLUMNS = List.of(Column.required("clientName"), Column.optional("industry"),
            Column.optional("clientAddress"), Column.optional("clientPhone"), Column.optional("clientStatus"),
            Column.optional("tags"), Column.optional("notes"), Column.optional("contactName"),
            Column.optional("contactRole"), Column.optional("contactPhone"), Column.optional("contactEmail"));

    private final OrganisationImports organisation;

    private final MessageSource messages;

    ClientImporter(OrganisationImports organisation, MessageSource messages) {
        super(ImportKind.CLIENTS, COLUMNS);
        this.organisation = organisation;
        this.messages = messages;
    }

    @Override
    List<String> example(Locale locale) {
        return List.of(message("imports.example.clientName", locale), message("imports.example.industry", locale),
                message("imports.example.address", locale), "0755-83001234", message(STATUS + "ACTIVE", locale),
                message("imports.example.tags", locale), "", message("imports.example.contactName", locale),
                message("imports.example.contactRole", locale), "13900139000", "contact@example.com");
    }

    @Override
    List<Allowed> allowed(DataScope scope, Locale locale) {
        return List.of(new Allowed("clientStatus", Choices.labels(messages, STATUS, organisation.clientStatuses(), locale)));
    }

    @Override
    Rows prepare(DataScope scope) {
        Map<String, String> statuses = Choices.byLabel(messages, STATUS, organisation.clientStatuses());
        return new Rows(row -> Headers.normalise(row.required("clientName")) + "|" + row.text("contactName"), row -> {
            var client = new ClientRow(row.required("clientName"), row.text("industry"), row.text("clientAddress"),
                    row.text("clientPhone"), row.choice("clientStatus", statuses), row.text("notes"), row.text("tags"));
            return organisation.client(scope, client, contact(row));
        });
    }

    private static @Nullable ContactRow contact(RowValues row) {
        String name = row.text("contactName");
        if (name == null) {
            if (row.text("contactRole") != null || row.text("contactPhone") != null || row.text("contactEmail") != null) {
                throw new DomainException("imports.error.required", row.label("contactName"));
            }
            return null;
        }
        return new ContactRow(name, row.required("contactRole"), row.text("contactPhone"), row.text("contactEmail"));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
