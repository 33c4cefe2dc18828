package org.garrison.patrols.internal;

import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Scan photos through the documents screens: seen by the guard who scanned and by monitors of the scan's site.
 * They are added only with the scan, from the phone ({@code POST /patrol/my/scans/{scanId}/photo}), so that a
 * scan keeps one photo.
 */
@Component
class PatrolScanAttachments implements AttachmentOwner {

    private final ScanPhotos photos;

    PatrolScanAttachments(ScanPhotos photos) {
        this.photos = photos;
    }

    @Override
    public String ownerType() {
        return ScanPhotos.OWNER_TYPE;
    }

    @Override
    public boolean canSee(CurrentUser user, String ownerId) {
        return photos.canSee(user, ownerId);
    }

    @Override
    public boolean canAttach(CurrentUser user, String ownerId) {
        return false;
    }

}
