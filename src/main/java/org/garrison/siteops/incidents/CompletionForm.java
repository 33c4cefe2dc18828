package org.garrison.siteops.incidents;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.incidents.Incident.Completion;
import org.garrison.siteops.incidents.Views.IncidentCard;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/** Completing an incident's report: severity, people involved, police and case number, losses (an unticked box is no value). */
record CompletionForm(@NotNull @Nullable Severity severity, @Nullable Boolean securityAccident,
        @Size(max = 1000) @Nullable String peopleInvolved, @Nullable Boolean policeCalled,
        @Size(max = 60) @Nullable String policeCaseNumber,
        @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable BigDecimal lossAmount,
        @Size(max = 1000) @Nullable String lossDescription) {

    static CompletionForm of(IncidentCard card) {
        return new CompletionForm(card.row().severity(), card.securityAccident(), card.peopleInvolved(),
                card.policeCalled(), card.policeCaseNumber(), card.lossAmount(), card.lossDescription());
    }

    /** Only called once validation passed. */
    Completion completion() {
        return new Completion(Objects.requireNonNull(severity), Boolean.TRUE.equals(securityAccident), peopleInvolved,
                Boolean.TRUE.equals(policeCalled),
                policeCaseNumber, lossAmount, lossDescription);
    }

}
