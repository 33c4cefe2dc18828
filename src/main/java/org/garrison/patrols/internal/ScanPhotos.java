package org.garrison.patrols.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.documents.AttachmentView;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The camera photo a guard takes with a scan, kept by documents as an attachment of the scan (owner type
 * {@value #OWNER_TYPE}, owner id the scan's own id). One photo per scan: the phone sends it again until it has
 * an answer, and a second upload is answered with the photo already stored. The guard who scanned, and
 * monitors whose scope covers the scan's site, may attach and see it; anyone else finds no such scan.
 */
@Service
public class ScanPhotos {

    public static final String OWNER_TYPE = "PATROL_SCAN";

    private final JdbcClient jdbc;

    private final DocumentsManagement documents;

    private final OrganisationManagement organisation;

    ScanPhotos(JdbcClient jdbc, DocumentsManagement documents, OrganisationManagement organisation) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.organisation = organisation;
    }

    /** A photo of a scan, as the tour page links it. */
    public record Photo(String scanId, AttachmentView attachment) {
    }

    /** The answer to an upload: the stored photo and whether this upload stored it. */
    public record Attached(AttachmentView photo, boolean created) {
    }

    /**
     * Attaches the photo to the scan unless it already has one (the upload is locked on the scan's row, so two
     * uploads of the same photo racing store it once).
     *
     * @throws NotFoundException when no scan of that id is the user's to attach to
     * @throws DomainException when the file is empty, too large or not an image
     */
    @Transactional
    public Attached attach(CurrentUser user, String scanId, Upload photo) {
        owner(scanId, true).filter(owner -> allowed(user, owner))
            .orElseThrow(() -> new NotFoundException("patrol.scan", scanId));
        var existing = documents.attachmentsOf(OWNER_TYPE, scanId);
        if (!existing.isEmpty()) {
            return new Attached(existing.get(0), false);
        }
        if (!photo.contentType().startsWith("image/")) {
            throw new DomainException("patrol.photo.notImage");
        }
        var stored = documents.attach(OWNER_TYPE, scanId, photo);
        if (!stored.isImage()) {
            throw new DomainException("patrol.photo.notImage");
        }
        return new Attached(stored, true);
    }

    /** Whether the user may see the scan's photo. */
    public boolean canSee(CurrentUser user, String scanId) {
        return owner(scanId, false).filter(owner -> allowed(user, owner)).isPresent();
    }

    /** The photos of the scans of the given checkpoints between two instants, by checkpoint id. */
    public Map<Long, List<Photo>> of(Collection<Long> checkpointIds, Instant from, Instant to) {
        var photos = new LinkedHashMap<Long, List<Photo>>();
        if (checkpointIds.isEmpty()) {
            return photos;
        }
        jdbc.sql("SELECT checkpoint_id, scan_uuid FROM patrol_scan WHERE checkpoint_id IN (:ids) "
                + "AND scanned_at >= :from AND scanned_at <= :to ORDER BY scanned_at")
            .param("ids", checkpointIds)
            .param("from", ScanStore.utc(from))
            .param("to", ScanStore.utc(to))
            .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
            .list()
            .forEach(scan -> documents.attachmentsOf(OWNER_TYPE, scan.getValue()).forEach(a -> photos
                .computeIfAbsent(scan.getKey(), k -> new ArrayList<>()).add(new Photo(scan.getValue(), a))));
        return photos;
    }

    private Optional<Owner> owner(String scanId, boolean lock) {
        return jdbc.sql("SELECT site_id, guard_user_id FROM patrol_scan WHERE scan_uuid = :id" + (lock ? " FOR UPDATE" : ""))
            .param("id", scanId)
            .query((rs, n) -> new Owner(rs.getLong(1), rs.getLong(2)))
            .optional();
    }

    private boolean allowed(CurrentUser user, Owner owner) {
        if (user.can(PatrolPermissions.PATROL_SCAN) && owner.guard() == user.id()) {
            return true;
        }
        return user.can(PatrolPermissions.PATROL_MONITOR) && organisation.covers(user.scope(), new SiteId(owner.site()));
    }

    private record Owner(long site, long guard) {
    }

}
