package org.garrison.attendance.web;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.attendance.internal.ClockIngest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** What became of each clock event of a batch, in the order sent. */
@Schema(description = "Per event: ACCEPTED (with evidence flags), DUPLICATE (stored before) or REJECTED with a reason")
record ClockReply(int accepted, int duplicates, int rejected, List<Result> results) {

    /**
     * An event's outcome; what it does not have is left out of the answer (most events of an upload are accepted
     * without a flag, so the answer to a batch of 100 stays small).
     *
     * @param reason why it was rejected, in the caller's language; absent unless REJECTED
     * @param flags OUTSIDE_FENCE, NO_POSITION, CLOCK_SKEW: evidence for the team leader, the event counts; absent
     *     when none
     * @param flagReasons the flags in the caller's language, in the order of {@code flags}; absent when none
     */
    record Result(String eventId, String status, @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String reason,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> flags,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) @Schema(example = "[\"在电子围栏外\"]") List<String> flagReasons) {
    }

    static ClockReply of(List<ClockIngest.Result> results, MessageSource messages, Locale locale) {
        var replies = results.stream().map(r -> {
            List<String> flags = r.flags().stream().map(Enum::name).sorted().toList();
            return new Result(r.eventId(), r.outcome().name(),
                    r.reasonKey() == null ? null
                            : messages.getMessage(r.reasonKey(), r.reasonArgs().toArray(), r.reasonKey(), locale),
                    flags, flags.stream().map(f -> messages.getMessage("attendance.flag." + f, null, locale)).toList());
        }).toList();
        return new ClockReply(count(results, ClockIngest.Outcome.ACCEPTED), count(results, ClockIngest.Outcome.DUPLICATE),
                count(results, ClockIngest.Outcome.REJECTED), replies);
    }

    private static int count(List<ClockIngest.Result> results, ClockIngest.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

}
