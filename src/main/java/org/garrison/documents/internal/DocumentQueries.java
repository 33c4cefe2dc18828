package org.garrison.documents.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.garrison.documents.internal.Views.DocumentCard;
import org.garrison.documents.internal.Views.DocumentFilter;
import org.garrison.documents.internal.Views.DocumentRow;
import org.garrison.documents.internal.Views.VersionRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.Like;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the register: the list, one document with its versions, downloads (confidential ones audited). */
@Service
@Transactional(readOnly = true)
public class DocumentQueries {

    /** The list shows the newest documents first, at most this many. */
    public static final int LIST_LIMIT = 500;

    private final DocumentRepository documents;

    private final DocumentVersionRepository versions;

    private final StoredFiles files;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    DocumentQueries(DocumentRepository documents, DocumentVersionRepository versions, StoredFiles files,
            OrganisationManagement organisation, ApplicationEventPublisher events) {
        this.documents = documents;
        this.versions = versions;
        this.files = files;
        this.organisation = organisation;
        this.events = events;
    }

    public List<DocumentRow> list(Reader reader, DocumentFilter filter) {
        return page(reader, filter, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the documents the reader may see (scope and confidentiality) matching the filter, newest first. */
    public Page<DocumentRow> page(Reader reader, DocumentFilter filter, Pageable pageable) {
        var spec = DocumentScopes.visibleTo(reader, organisation.siteFilter(reader.scope())).and(matching(filter));
        var found = documents.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
        var names = organisation.siteNames(found.getContent().stream().map(Document::getSiteId).filter(Objects::nonNull)
            .map(SiteId::new).collect(Collectors.toSet()));
        return found.map(document -> DocumentRow.of(document, name(names, document)));
    }

    public DocumentCard card(Reader reader, long id) {
        var document = visible(reader, id);
        var rows = versions.findByDocumentIdOrderByVersionNoDesc(id).stream().map(VersionRow::of).toList();
        var names = document.getSiteId() == null ? Map.<SiteId, String>of() : organisation.siteNames(List.of(new SiteId(document.getSiteId())));
        return new DocumentCard(DocumentRow.of(document, name(names, document)), rows);
    }

    /** A version's file; downloading a confidential document leaves an audit entry. */
    @Transactional
    public Download download(Reader reader, long id, int versionNo) {
        var document = visible(reader, id);
        var file = version(id, versionNo).getFile();
        if (document.getConfidentiality() == Confidentiality.CONFIDENTIAL) {
            events.publishEvent(AuditedChange.of("DOWNLOAD", "Document", id,
                    document.getDocNumber() + " v" + versionNo + " " + file.getFileName(), null,
                    Map.of("version", versionNo, "fileName", file.getFileName())));
        }
        return new Download(file.getFileName(), file.getContentType(), file.getSizeBytes(),
                () -> files.open(file.getStorageKey(), file.getFileName()));
    }

    /** The preview image of a version, for images. */
    public Download thumbnail(Reader reader, long id, int versionNo) {
        visible(reader, id);
        var file = version(id, versionNo).getFile();
        String key = file.getThumbnailKey();
        if (key == null) {
            throw new NotFoundException("entity.documentVersion", id + " v" + versionNo);
        }
        return new Download("thumbnail.png", "image/png", -1, () -> files.open(key, file.getFileName()));
    }

    private Document visible(Reader reader, long id) {
        return documents
            .findOne(DocumentScopes.visibleTo(reader, organisation.siteFilter(reader.scope())).and(DocumentScopes.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.document", id));
    }

    private DocumentVersion version(long id, int versionNo) {
        return versions.findByDocumentIdAndVersionNo(id, versionNo)
            .orElseThrow(() -> new NotFoundException("entity.documentVersion", id + " v" + versionNo));
    }

    private static @Nullable String name(Map<SiteId, String> names, Document document) {
        return document.getSiteId() == null ? null : names.get(new SiteId(document.getSiteId()));
    }

    private static Specification<Document> matching(DocumentFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> rules = new ArrayList<>();
            if (filter.type() != null) {
                rules.add(cb.equal(root.get("docType"), filter.type()));
            }
            if (filter.confidentiality() != null) {
                rules.add(cb.equal(root.get("confidentiality"), filter.confidentiality()));
            }
            if (filter.siteId() != null) {
                rules.add(cb.equal(root.get("siteId"), filter.siteId()));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Like.containingLowerCase(filter.text());
                rules.add(cb.or(cb.like(cb.lower(root.get("title")), like, Like.ESCAPE),
                        cb.like(cb.lower(root.get("docNumber")), like, Like.ESCAPE)));
            }
            return cb.and(rules.toArray(Predicate[]::new));
        };
    }

}
