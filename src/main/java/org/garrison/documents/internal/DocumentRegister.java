package org.garrison.documents.internal;

import java.util.Map;

import org.garrison.documents.Upload;
import org.garrison.documents.internal.Views.NewDocument;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers documents and their new versions, within the registering user's scope. */
@Service
@Transactional
public class DocumentRegister {

    private final DocumentRepository documents;

    private final DocumentVersionRepository versions;

    private final StoredFiles files;

    private final DocumentNumbers numbers;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    DocumentRegister(DocumentRepository documents, DocumentVersionRepository versions, StoredFiles files,
            DocumentNumbers numbers, OrganisationManagement organisation, ApplicationEventPublisher events) {
        this.documents = documents;
        this.versions = versions;
        this.files = files;
        this.numbers = numbers;
        this.organisation = organisation;
        this.events = events;
    }

    /** Files a new document with its first version; returns the document as registered. */
    public Document register(Reader reader, NewDocument details, Upload upload) {
        if (details.confidentiality() == Confidentiality.CONFIDENTIAL && !reader.seesConfidential()) {
            throw new DomainException("documents.confidentialNotAllowed");
        }
        if (details.siteId() != null) {
            organisation.requireSite(reader.scope(), new SiteId(details.siteId()));
        }
        var file = files.store(upload);
        var document = documents.save(new Document(numbers.next(details.type()), details.title().strip(),
                details.type(), details.confidentiality(), details.siteId(), Texts.blankToNull(details.paperLocation()),
                file.getUploadedAt(), file.getUploadedBy()));
        versions.save(new DocumentVersion(document.getId(), document.nextVersion(), details.note().strip(), file));
        events.publishEvent(AuditedChange.of("CREATE", "Document", document.getId(), document.getDocNumber(), null,
                document.snapshot()));
        return document;
    }

    /** Adds a version with a note on what changed; returns its version number. */
    public int addVersion(Reader reader, long documentId, String changeNote, Upload upload) {
        var document = documents
            .findOne(DocumentScopes.visibleTo(reader, organisation.siteFilter(reader.scope()))
                .and(DocumentScopes.withId(documentId)))
            .orElseThrow(() -> new NotFoundException("entity.document", documentId));
        var before = document.snapshot();
        var file = files.store(upload);
        int versionNo = document.nextVersion();
        versions.save(new DocumentVersion(documentId, versionNo, changeNote.strip(), file));
        events.publishEvent(AuditedChange.of("NEW_VERSION", "Document", documentId,
                document.getDocNumber() + " v" + versionNo, before, Map.of("currentVersion", versionNo,
                        "changeNote", changeNote.strip(), "fileName", file.getFileName())));
        return versionNo;
    }

}
