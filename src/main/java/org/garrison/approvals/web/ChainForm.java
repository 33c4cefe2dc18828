package org.garrison.approvals.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.garrison.approvals.internal.ApprovalChain;
import org.garrison.approvals.internal.ApprovalChains.ChainDetails;
import org.garrison.approvals.internal.ChainStep;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/**
 * A chain as the administrator edits it: the type's key and names, and step rows given as parallel lists
 * (role code, "only when amount above", "only when flagged", step name); rows without a role are dropped.
 */
record ChainForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Z][A-Z0-9_]*", message = "{approvals.chain.badType}") String type,
        @NotBlank @Size(max = 100) String labelZh, @NotBlank @Size(max = 100) String labelEn,
        @Nullable List<String> roleCode, @Nullable List<String> amountAbove, @Nullable List<String> requiredFlag,
        @Nullable List<String> stepLabel) {

    private static final int SPARE_ROWS = 3;

    static ChainForm blank() {
        return of("", "", "", List.of());
    }

    static ChainForm of(ApprovalChain chain) {
        return of(chain.getType(), chain.getLabelZh(), chain.getLabelEn(), chain.getSteps());
    }

    private static ChainForm of(String type, String labelZh, String labelEn, List<ChainStep> steps) {
        var roles = new ArrayList<String>();
        var amounts = new ArrayList<String>();
        var flags = new ArrayList<String>();
        var labels = new ArrayList<String>();
        for (var step : steps) {
            roles.add(step.roleCode());
            amounts.add(step.amountAbove() == null ? "" : step.amountAbove().toPlainString());
            flags.add(step.requiredFlag() == null ? "" : step.requiredFlag());
            labels.add(step.label() == null ? "" : step.label());
        }
        for (int i = 0; i < SPARE_ROWS; i++) {
            roles.add("");
            amounts.add("");
            flags.add("");
            labels.add("");
        }
        return new ChainForm(type, labelZh, labelEn, roles, amounts, flags, labels);
    }

    /** The number of step rows the form shows. */
    public int rows() {
        return roleCode == null ? 0 : roleCode.size();
    }

    public String cell(@Nullable List<String> column, int row) {
        return column == null || row >= column.size() || column.get(row) == null ? "" : column.get(row).strip();
    }

    /** The chain the form describes; a malformed amount becomes an error on {@code amountAbove}. */
    ChainDetails details(BindingResult errors) {
        var steps = new ArrayList<ChainStep>();
        for (int row = 0; row < rows(); row++) {
            String role = cell(roleCode, row).toUpperCase(java.util.Locale.ROOT);
            if (role.isEmpty()) {
                continue;
            }
            steps.add(new ChainStep(role, amount(cell(amountAbove, row), errors), blankToNull(cell(requiredFlag, row)),
                    blankToNull(cell(stepLabel, row))));
        }
        return new ChainDetails(type.strip(), labelZh.strip(), labelEn.strip(), steps);
    }

    private static @Nullable BigDecimal amount(String text, BindingResult errors) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        }
        catch (NumberFormatException ex) {
            errors.rejectValue("amountAbove", "badAmount", "approvals.chain.badAmount");
            return null;
        }
    }

    private static @Nullable String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }

}
