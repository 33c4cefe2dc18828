package org.garrison.duty.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;

import org.garrison.attendance.AttendanceIrregularity;
import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A guard late, leaving early or absent on a published shift becomes a violation draft of rulebook item 13 for the
 * site's team leader to confirm or dismiss (R4: penalised only "而影响正常执勤", so never by itself). One draft per
 * shift and kind, however often the event is delivered. The note is in the company's language (Chinese), like
 * everything the register stores.
 */
@Component
class AttendanceViolations {

    private final Violations violations;

    private final MessageSource messages;

    private final Clock clock;

    AttendanceViolations(Violations violations, MessageSource messages, Clock clock) {
        this.violations = violations;
        this.messages = messages;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(AttendanceIrregularity irregularity) {
        var starts = LocalDateTime.ofInstant(irregularity.shiftStarts(), clock.getZone());
        String note = messages.getMessage("duty.violation.attendance." + irregularity.kind().name(),
                new Object[] { irregularity.minutes(), starts.toLocalDate().toString(),
                        String.format("%02d:%02d", starts.getHour(), starts.getMinute()) },
                Locale.SIMPLIFIED_CHINESE);
        violations.raise(new ViolationDraft(irregularity.employee(), irregularity.site(), irregularity.shiftStarts(),
                PenaltyItem.LATE_OR_EARLY, ViolationSource.ATTENDANCE, note, null,
                "attendance:" + irregularity.shift().value() + ":" + irregularity.kind().name()));
    }

}
