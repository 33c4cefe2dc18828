package org.garrison.siteops.inspections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.garrison.documents.Upload;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.garrison.siteops.inspections.Inspections.ItemResult;
import org.garrison.siteops.web.Photos;
import org.jspecify.annotations.Nullable;

import org.springframework.web.multipart.MultipartFile;

/**
 * The inspection a guard is filling in: which checklist at which site, and per checklist item (keyed by its
 * 0-based position) the outcome chosen ({@code results[i]}), a note ({@code notes[i]}) and a photo
 * ({@code photos[i]}).
 */
record InspectionForm(@NotNull @Nullable Long siteId, @NotNull @Nullable Long checklistId,
        Map<String, String> results, Map<String, String> notes, Map<String, MultipartFile> photos) {

    InspectionForm {
        results = results == null ? new HashMap<>() : results;
        notes = notes == null ? new HashMap<>() : notes;
        photos = photos == null ? new HashMap<>() : photos;
    }

    static InspectionForm blank(long siteId, long checklistId) {
        return new InspectionForm(siteId, checklistId, null, null, null);
    }

    /** The answers of a checklist's items, in order; an item not answered has no outcome. */
    List<ItemResult> itemResults(int items) {
        var list = new ArrayList<ItemResult>();
        for (int i = 0; i < items; i++) {
            list.add(new ItemResult(outcome(results.get(String.valueOf(i))), notes.get(String.valueOf(i))));
        }
        return list;
    }

    /** The photos taken, by item position; an item without a file chosen has none. */
    Map<Integer, Upload> uploads(int items) {
        var uploads = new HashMap<Integer, Upload>();
        for (int i = 0; i < items; i++) {
            Upload photo = Photos.of(photos.get(String.valueOf(i)));
            if (photo != null) {
                uploads.put(i, photo);
            }
        }
        return uploads;
    }

    private static @Nullable Outcome outcome(@Nullable String value) {
        if (value == null) {
            return null;
        }
        try {
            return Outcome.valueOf(value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

}
