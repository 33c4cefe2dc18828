package org.garrison.imports.internal;

import java.util.List;
import java.util.Locale;

import org.garrison.imports.ImportKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolImports;
import org.garrison.patrols.PatrolImports.CheckpointRow;
import org.garrison.shared.DataScope;
import org.garrison.shared.ImportOutcome;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The checkpoint list: one row per checkpoint of a site, found by its code (a new one keeps the code its printed
 * label carries) or, without a code, by its name within the site.
 */
@Component
class CheckpointImporter extends Importer {

    private static final List<Column> COLUMNS = List.of(Column.required("site"), Column.optional("checkpointCode"),
            Column.required("checkpointName"), Column.optional("locationNote"), Column.optional("latitude"),
            Column.optional("longitude"), Column.optional("radius"), Column.optional("keyArea"), Column.optional("tagId"));

    private final PatrolImports patrols;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    CheckpointImporter(PatrolImports patrols, OrganisationManagement organisation, MessageSource messages) {
        super(ImportKind.CHECKPOINTS, COLUMNS);
        this.patrols = patrols;
        this.organisation = organisation;
        this.messages = messages;
    }

    @Override
    List<String> example(Locale locale) {
        String site = organisation.everySite().stream().findFirst().map(s -> s.code()).orElse("");
        return List.of(site, "CP-GATE-01", messages.getMessage("imports.example.checkpointName", null, locale),
                messages.getMessage("imports.example.locationNote", null, locale), "22.543096", "114.057865", "50",
                messages.getMessage("imports.yes", null, locale), "NFC-0001");
    }

    @Override
    List<Allowed> allowed(DataScope scope, Locale locale) {
        return List.of(new Allowed("site", organisation.siteChoices(scope).stream().map(s -> s.code() + " " + s.name()).toList()),
                new Allowed("keyArea", List.of(messages.getMessage("imports.yes", null, locale),
                        messages.getMessage("imports.no", null, locale))));
    }

    @Override
    Rows prepare(DataScope scope) {
        var places = new Places(organisation, scope);
        return new Rows(row -> {
            String code = row.text("checkpointCode");
            return places.site(row.required("site")).value() + "|"
                    + (code == null ? "name:" + row.required("checkpointName") : Headers.normalise(code));
        }, row -> patrols.checkpoint(scope, new CheckpointRow(places.site(row.required("site")),
                row.text("checkpointCode"), row.required("checkpointName"), row.text("locationNote"),
                row.decimal("latitude"), row.decimal("longitude"), row.whole("radius"), row.yesNo("keyArea"),
                row.text("tagId"))));
    }

}
