package org.garrison.organisation.web;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.organisation.internal.Branch;

@Schema(description = "A branch or brigade (大队)")
record BranchResponse(long id, @Schema(example = "B1") String code, @Schema(example = "第一大队") String name,
        boolean active) {

    static BranchResponse of(Branch branch) {
        return new BranchResponse(branch.getId(), branch.getCode(), branch.getName(), branch.isActive());
    }

}
