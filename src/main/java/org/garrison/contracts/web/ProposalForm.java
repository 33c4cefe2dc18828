package org.garrison.contracts.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.garrison.contracts.internal.ProposalVersion;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.jspecify.annotations.Nullable;

/** A new proposal version: what changed, and its lines (blank rows are ignored). */
record ProposalForm(@NotBlank @Size(max = 2000) @Nullable String changes, @Nullable List<@Valid LineForm> lines) {

    static final int SPARE_ROWS = 3;

    static ProposalForm startingFrom(@Nullable ProposalVersion latest) {
        var rows = new ArrayList<LineForm>();
        if (latest != null) {
            latest.getLines().forEach(line -> rows.add(LineForm.of(line)));
        }
        return new ProposalForm("", rows);
    }

    /** The rows to show: the entered ones and a few blank ones to add lines. */
    List<LineForm> rows() {
        var rows = new ArrayList<LineForm>(lines == null ? List.of() : lines.stream().filter(l -> l != null).toList());
        for (int i = 0; i < SPARE_ROWS; i++) {
            rows.add(LineForm.blank());
        }
        return rows;
    }

    List<Terms> terms() {
        return lines == null ? List.of() : lines.stream().filter(l -> l != null && l.isUsed()).map(LineForm::terms).toList();
    }

}
