package org.garrison.siteops.inspections;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.garrison.documents.AttachmentView;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of an inspection recorded already, as the inspection page keeps them: a photo of a failed item goes
 * with the hazard that item opened, any other photo with the inspection. The documents module checks each file
 * (type allow-list, size) and audits it; all files of one call are stored together or not at all.
 */
@Service
public class InspectionPhotos {

    private final InspectionQueries queries;

    private final DocumentsManagement documents;

    InspectionPhotos(InspectionQueries queries, DocumentsManagement documents) {
        this.queries = queries;
        this.documents = documents;
    }

    /**
     * Attaches photos to an inspection of the user's scope.
     *
     * @param item the checklist item (1-based, as the inspection lists them) the photos show, or {@code null} for
     * the inspection as a whole
     * @throws NotFoundException when the inspection is unknown or outside the user's scope
     * @throws DomainException when there is no such item, or a file is empty, too large or of a refused type
     */
    @Transactional
    public List<Photo> attach(CurrentUser user, long inspectionId, @Nullable Integer item, List<Upload> photos) {
        var card = queries.card(user.scope(), inspectionId);
        if (photos.isEmpty()) {
            throw new DomainException("siteops.inspection.photo.missing");
        }
        Long hazardId = null;
        if (item != null) {
            var found = card.items().stream().filter(i -> i.getPosition() + 1 == item).findFirst()
                .orElseThrow(() -> new DomainException("siteops.inspection.photo.noSuchItem", item));
            hazardId = found.getOutcome() == Outcome.FAIL ? found.getHazardId() : null;
        }
        var stored = new ArrayList<Photo>();
        for (Upload photo : photos) {
            stored.add(hazardId == null ? new Photo(documents.attach(Inspections.OWNER_TYPE, String.valueOf(inspectionId), photo), null)
                    : new Photo(documents.attach(Hazards.ENTITY, hazardId.toString(), photo), hazardId));
        }
        return stored;
    }

    /** The inspection's photos, then those of the hazards its failed items opened, each oldest first. */
    @Transactional(readOnly = true)
    public List<Photo> of(DataScope scope, long inspectionId) {
        var card = queries.card(scope, inspectionId);
        var photos = new ArrayList<Photo>();
        documents.attachmentsOf(Inspections.OWNER_TYPE, String.valueOf(inspectionId))
            .forEach(a -> photos.add(new Photo(a, null)));
        for (var item : card.items()) {
            Long hazardId = item.getHazardId();
            if (hazardId != null) {
                documents.attachmentsOf(Hazards.ENTITY, hazardId.toString()).forEach(a -> photos.add(new Photo(a, hazardId)));
            }
        }
        return photos;
    }

    /**
     * One of the inspection's photos with its bytes; the caller closes the stream.
     *
     * @throws NotFoundException when the inspection is outside the scope or has no such photo
     */
    @Transactional(readOnly = true)
    public PhotoFile open(DataScope scope, long inspectionId, long photoId) {
        var photo = of(scope, inspectionId).stream().filter(p -> p.file().id().value() == photoId).findFirst()
            .orElseThrow(() -> new NotFoundException("entity.attachment", photoId));
        var file = photo.file();
        InputStream content = documents.open(file.ownerType(), file.ownerId(), file.id(), false);
        return new PhotoFile(file, content);
    }

    /** A photo of the inspection; {@code hazardId} names the hazard it went with (a failed item's photo). */
    public record Photo(AttachmentView file, @Nullable Long hazardId) {
    }

    /** A photo and its bytes. */
    public record PhotoFile(AttachmentView file, InputStream content) {
    }

}
