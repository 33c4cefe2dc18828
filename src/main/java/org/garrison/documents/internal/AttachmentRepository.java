package org.garrison.documents.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByOwnerTypeAndOwnerIdOrderByIdAsc(String ownerType, String ownerId);

    Optional<Attachment> findByIdAndOwnerTypeAndOwnerId(long id, String ownerType, String ownerId);

}
