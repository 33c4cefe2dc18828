package org.garrison.documents.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface DocumentVersionRepository extends JpaRepository<DocumentVersion, Long> {

    List<DocumentVersion> findByDocumentIdOrderByVersionNoDesc(long documentId);

    Optional<DocumentVersion> findByDocumentIdAndVersionNo(long documentId, int versionNo);

}
