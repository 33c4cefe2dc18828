package org.garrison.patrols;

import java.util.Objects;

import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rows of a checkpoint list taken into guard tours, one transaction each, through the set-up service (scope,
 * tag and position checks, audit). A checkpoint is found by its code within its site or, when the row gives no
 * code, by its name within the site; a new one keeps the row's code or is given a fresh one. An empty optional
 * value leaves the recorded one as it is.
 */
@Service
@Transactional
public class PatrolImports {

    private final PatrolSetup setup;

    PatrolImports(PatrolSetup setup) {
        this.setup = setup;
    }

    /**
     * The checkpoint the row names, made or brought up to the row.
     *
     * @throws DomainException when a check refuses: the code is another site's, a bad position or radius, a tag
     *     that another checkpoint carries, a retired checkpoint
     * @throws org.garrison.shared.NotFoundException when the site is outside the scope
     */
    public ImportOutcome checkpoint(DataScope scope, CheckpointRow row) {
        var place = new Checkpoint.Place(row.name().strip(), row.locationNote(), row.latitude(), row.longitude(),
                row.radiusMetres(), Boolean.TRUE.equals(row.keyArea()), row.tagId());
        long siteId = row.site().value();
        var existing = row.code() == null ? setup.checkpointNamed(siteId, row.name())
                : setup.checkpointByCode(row.code());
        if (existing.isEmpty()) {
            if (row.code() == null) {
                setup.createCheckpoint(scope, siteId, place);
            }
            else {
                setup.createCheckpoint(scope, siteId, row.code(), place);
            }
            return ImportOutcome.CREATED;
        }
        var checkpoint = setup.checkpoint(scope, existing.get().getId());
        if (checkpoint.getSiteId() != siteId) {
            throw new DomainException("patrol.import.codeOfOtherSite", checkpoint.getCode());
        }
        if (!checkpoint.isActive()) {
            throw new DomainException("patrol.import.retired", checkpoint.getCode());
        }
        var recorded = checkpoint.place();
        place = new Checkpoint.Place(place.name(), or(row.locationNote(), recorded.locationNote()),
                row.latitude() == null ? recorded.latitude() : row.latitude(),
                row.longitude() == null ? recorded.longitude() : row.longitude(),
                row.radiusMetres() == null ? recorded.radiusMetres() : row.radiusMetres(),
                row.keyArea() == null ? recorded.keyArea() : row.keyArea(), or(row.tagId(), recorded.tagId()));
        if (same(recorded, place)) {
            return ImportOutcome.UNCHANGED;
        }
        setup.changeCheckpoint(scope, checkpoint.getId(), place);
        return ImportOutcome.UPDATED;
    }

    private static @Nullable String or(@Nullable String value, @Nullable String otherwise) {
        return value == null ? otherwise : value;
    }

    private static boolean same(Checkpoint.Place a, Checkpoint.Place b) {
        return a.name().equals(b.name()) && Objects.equals(a.locationNote(), b.locationNote())
                && Objects.equals(a.latitude(), b.latitude()) && Objects.equals(a.longitude(), b.longitude())
                && Objects.equals(a.radiusMetres(), b.radiusMetres()) && a.keyArea() == b.keyArea()
                && Objects.equals(a.tagId(), b.tagId());
    }

    /**
     * A checkpoint as a row gives it: at a site, with its code (or {@code null}: found by name, a new one gets a
     * fresh code), the wand tag it carries (or none) and where it is.
     */
    public record CheckpointRow(SiteId site, @Nullable String code, String name, @Nullable String locationNote,
            @Nullable Double latitude, @Nullable Double longitude, @Nullable Integer radiusMetres, @Nullable Boolean keyArea,
            @Nullable String tagId) {
    }

}
