package org.garrison.documents.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.jspecify.annotations.Nullable;

/**
 * A registered document (附件): its number, title, type, confidentiality, optional site, where its paper original
 * is filed, and latest version.
 */
@Entity
@Table(name = "doc_document")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String docNumber;

    private String title;

    @Enumerated(EnumType.STRING)
    private DocumentType docType;

    @Enumerated(EnumType.STRING)
    private Confidentiality confidentiality;

    private @Nullable Long siteId;

    private @Nullable String paperLocation;

    private int currentVersion;

    private Instant createdAt;

    private String createdBy;

    @Version
    private long version;

    protected Document() {
    }

    Document(String docNumber, String title, DocumentType docType, Confidentiality confidentiality,
            @Nullable Long siteId, @Nullable String paperLocation, Instant createdAt, String createdBy) {
        this.docNumber = docNumber;
        this.title = title;
        this.docType = docType;
        this.confidentiality = confidentiality;
        this.siteId = siteId;
        this.paperLocation = paperLocation;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The number the next version gets; the caller stores that version. */
    int nextVersion() {
        currentVersion++;
        return currentVersion;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("number", docNumber);
        map.put("title", title);
        map.put("type", docType);
        map.put("confidentiality", confidentiality);
        map.put("siteId", siteId);
        map.put("paperLocation", paperLocation);
        map.put("currentVersion", currentVersion);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getTitle() {
        return title;
    }

    public DocumentType getDocType() {
        return docType;
    }

    public Confidentiality getConfidentiality() {
        return confidentiality;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    /** Where the paper original is filed (纸质档案存放位置), or {@code null} when there is none. */
    public @Nullable String getPaperLocation() {
        return paperLocation;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

}
