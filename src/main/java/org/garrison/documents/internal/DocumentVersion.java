package org.garrison.documents.internal;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One uploaded version of a document, with the note saying what changed. */
@Entity
@Table(name = "doc_version")
public class DocumentVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long documentId;

    private int versionNo;

    private String changeNote;

    @Embedded
    private StoredFile file;

    protected DocumentVersion() {
    }

    DocumentVersion(long documentId, int versionNo, String changeNote, StoredFile file) {
        this.documentId = documentId;
        this.versionNo = versionNo;
        this.changeNote = changeNote;
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public long getDocumentId() {
        return documentId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public StoredFile getFile() {
        return file;
    }

}
