package org.garrison.servicedesk.web;

import java.util.List;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.ComplaintType;
import org.garrison.servicedesk.internal.ComplaintTypes;
import org.garrison.servicedesk.web.ComplaintTypeController.TypeForm;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The complaint types customer service keeps (the `typeCode` of a complaint), as on the types page. */
@RestController
@RequestMapping("/api/v1/servicedesk/complaint-types")
@Tag(name = "Complaints", description = "The complaint register (客户投诉登记表) and its flow state")
class ComplaintTypeApiController {

    private final ComplaintTypes types;

    ComplaintTypeApiController(ComplaintTypes types) {
        this.types = types;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "The complaint types, active and retired")
    List<TypeView> list() {
        return types.all().stream().map(TypeView::of).toList();
    }

    @PostMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a complaint type", description = "400 with the invalid fields; 422 when the code is "
            + "blank, malformed or taken.")
    TypeView add(@Valid @RequestBody TypeForm form) {
        return TypeView.of(types.add(form.code() == null ? "" : form.code(), form.nameZh(), form.nameEn()));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('COMPLAINTS_HANDLE')")
    @Operation(summary = "Rename a type or retire it", description = "The code stays; `active: false` (or absent) "
            + "retires it for new complaints. 404 when unknown.")
    TypeView change(@PathVariable long id, @Valid @RequestBody TypeForm form) {
        return TypeView.of(types.change(id, form.nameZh(), form.nameEn(), Boolean.TRUE.equals(form.active())));
    }

    @Schema(name = "ComplaintType")
    record TypeView(@Schema(example = "3") long id, @Schema(example = "ATTITUDE") String code,
            @Schema(example = "服务态度") String nameZh, @Schema(example = "Attitude") String nameEn, boolean active) {

        static TypeView of(ComplaintType t) {
            return new TypeView(t.getId(), t.getCode(), t.getNameZh(), t.getNameEn(), t.isActive());
        }

    }

}
