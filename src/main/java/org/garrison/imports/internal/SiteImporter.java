package org.garrison.imports.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.imports.ImportKind;
import org.garrison.organisation.OrganisationImports;
import org.garrison.organisation.OrganisationImports.PostRow;
import org.garrison.organisation.OrganisationImports.SiteRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The site list: one row per site, or per post of a site (the site's columns repeated); a site found by its code. */
@Component
class SiteImporter extends Importer {

    private static final String KIND = "post.kind.";

    private static final List<Column> COLUMNS = List.of(Column.required("siteCode"), Column.required("siteName"),
            Column.required("branch"), Column.optional("client"), Column.optional("siteAddress"),
            Column.optional("postName"), Column.optional("postKind"));

    private final OrganisationImports imports;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    SiteImporter(OrganisationImports imports, OrganisationManagement organisation, MessageSource messages) {
        super(ImportKind.SITES, COLUMNS);
        this.imports = imports;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Override
    List<String> example(Locale locale) {
        String branch = organisation.branchNames().stream().findFirst().map(b -> b.name()).orElse("");
        String client = organisation.clientNames().stream().findFirst().map(c -> c.name()).orElse("");
        return List.of("S901", messages.getMessage("imports.example.siteName", null, locale), branch, client,
                messages.getMessage("imports.example.address", null, locale),
                messages.getMessage("imports.example.postName", null, locale),
                messages.getMessage(KIND + "GATE", null, locale));
    }

    @Override
    List<Allowed> allowed(DataScope scope, Locale locale) {
        return List.of(new Allowed("branch", organisation.branchChoices(scope).stream().map(b -> b.name()).toList()),
                new Allowed("client", organisation.clientsIn(scope).stream().map(c -> c.name()).toList()),
                new Allowed("postKind", Choices.labels(messages, KIND, imports.postKinds(), locale)),
                new Allowed("siteCode", organisation.siteChoices(scope).stream().map(s -> s.code() + " " + s.name()).toList()));
    }

    @Override
    Rows prepare(DataScope scope) {
        var places = new Places(organisation, scope);
        Map<String, String> kinds = Choices.byLabel(messages, KIND, imports.postKinds());
        return new Rows(row -> Headers.normalise(row.required("siteCode")) + "|" + row.text("postName"), row -> {
            String code = row.required("siteCode");
            if (!code.matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
                throw new DomainException("imports.error.siteCode", code);
            }
            var site = new SiteRow(places.branch(row.required("branch")).value(), client(row, places), code,
                    row.required("siteName"), row.text("siteAddress"));
            String post = row.text("postName");
            if (post == null && row.text("postKind") != null) {
                throw new DomainException("imports.error.required", row.label("postName"));
            }
            return imports.site(scope, site, post == null ? null : new PostRow(post, row.choice("postKind", kinds)));
        });
    }

    private static @Nullable ClientId client(RowValues row, Places places) {
        String name = row.text("client");
        if (name == null) {
            return null;
        }
        return places.client(name).orElseThrow(() -> new DomainException("imports.error.unknownClient", name));
    }

}
