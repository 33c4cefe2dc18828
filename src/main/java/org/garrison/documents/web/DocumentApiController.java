package org.garrison.documents.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.documents.internal.Confidentiality;
import org.garrison.documents.internal.DocumentQueries;
import org.garrison.documents.internal.DocumentRegister;
import org.garrison.documents.internal.DocumentType;
import org.garrison.documents.internal.Reader;
import org.garrison.documents.internal.Views.DocumentCard;
import org.garrison.documents.internal.Views.DocumentFilter;
import org.garrison.documents.internal.Views.DocumentRow;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The document register over REST: search, one document with its versions, registering, downloads. */
@RestController
@RequestMapping("/api/v1/documents")
@Tag(name = "Documents", description = "The document register (附件-类型-日期-序号) with versions and confidentiality")
class DocumentApiController {

    private final DocumentQueries queries;

    private final DocumentRegister register;

    DocumentApiController(DocumentQueries queries, DocumentRegister register) {
        this.queries = queries;
        this.register = register;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    @Operation(summary = "Search the register",
            description = "Documents the caller may see (scope and confidentiality), newest first, paged. "
                    + "Filters narrow what the caller may see, never widen it.")
    PageResponse<DocumentRow> search(
            @Parameter(description = "only documents of this type") @RequestParam(required = false) @Nullable DocumentType type,
            @Parameter(description = "only documents of this confidentiality") @RequestParam(required = false) @Nullable Confidentiality confidentiality,
            @Parameter(description = "only documents of this site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "part of the title or the document number") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.page(reader(), new DocumentFilter(type, confidentiality, siteId, q),
                PageResponse.request(page, size)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    @Operation(summary = "One document with its versions", description = "404 when unknown or not visible to the caller.")
    DocumentCard show(@PathVariable long id) {
        return queries.card(reader(), id);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('DOCUMENTS_MANAGE')")
    @Operation(summary = "Register a document",
            description = "Multipart: title, type, confidentiality, optional siteId and note, and the file part 'file'. "
                    + "422 when the file is refused (type, size) or confidential without the permission.")
    ResponseEntity<DocumentCard> create(@Valid @ModelAttribute DocumentForm form,
            @RequestPart("file") MultipartFile file) {
        var reader = reader();
        long id = register.register(reader, form.details(), Uploads.of(file)).getId();
        return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(queries.card(reader, id));
    }

    @GetMapping("/{id}/versions/{version}/content")
    @PreAuthorize("hasAuthority('DOCUMENTS_VIEW')")
    @Operation(summary = "Download a version", description = "Downloads of confidential documents are audited.")
    ResponseEntity<InputStreamResource> download(@PathVariable long id, @PathVariable int version) {
        return Uploads.send(queries.download(reader(), id, version), false);
    }

    private static Reader reader() {
        return Reader.of(CurrentUser.require());
    }

}
