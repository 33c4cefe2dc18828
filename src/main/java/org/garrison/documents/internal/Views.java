package org.garrison.documents.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the register shows: rows of the list, a document with its versions, a file to download. */
public final class Views {

    private Views() {
    }

    public record DocumentRow(long id, String number, String title, DocumentType type, Confidentiality confidentiality,
            @Nullable Long siteId, @Nullable String siteName, @Nullable String paperLocation, int currentVersion,
            Instant createdAt, String createdBy) {

        static DocumentRow of(Document document, @Nullable String siteName) {
            return new DocumentRow(document.getId(), document.getDocNumber(), document.getTitle(), document.getDocType(),
                    document.getConfidentiality(), document.getSiteId(), siteName, document.getPaperLocation(),
                    document.getCurrentVersion(),
                    document.getCreatedAt(), document.getCreatedBy());
        }

    }

    public record VersionRow(int versionNo, String changeNote, String fileName, String contentType, long size,
            boolean hasThumbnail, Instant uploadedAt, String uploadedBy) {

        static VersionRow of(DocumentVersion version) {
            var file = version.getFile();
            return new VersionRow(version.getVersionNo(), version.getChangeNote(), file.getFileName(),
                    file.getContentType(), file.getSizeBytes(), file.getThumbnailKey() != null, file.getUploadedAt(),
                    file.getUploadedBy());
        }

    }

    public record DocumentCard(DocumentRow document, List<VersionRow> versions) {
    }

    /** A filter of the list; every part optional. */
    public record DocumentFilter(@Nullable DocumentType type, @Nullable Confidentiality confidentiality,
            @Nullable Long siteId, @Nullable String text) {

        public static DocumentFilter none() {
            return new DocumentFilter(null, null, null, null);
        }

    }

    /** What a new document is, apart from its file. */
    public record NewDocument(String title, DocumentType type, Confidentiality confidentiality, @Nullable Long siteId,
            String note, @Nullable String paperLocation) {
    }

}
