package org.garrison.patrols.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.patrols.internal.ScanIngest;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/** What became of each scan of a batch, in the order sent. */
@Schema(description = "Per scan: ACCEPTED (with evidence flags), DUPLICATE (stored before) or REJECTED with a reason")
record ScanReply(int accepted, int duplicates, int rejected, List<Result> results) {

    /**
     * @param flags FAR_AWAY, CLOCK_SKEW, TOO_FAST: evidence for the supervisor, who reviews the scan; it counts
     *     unless rejected
     * @param flagReasons the flags in the caller's language, in the order of {@code flags}
     */
    record Result(String scanId, String status, @Nullable String reason, List<String> flags,
            @Schema(example = "[\"离巡更点太远\"]") List<String> flagReasons) {
    }

    static ScanReply of(List<ScanIngest.Result> results, MessageSource messages, Locale locale) {
        var replies = results.stream()
            .map(r -> {
                List<String> flags = r.flags().stream().map(Enum::name).sorted().toList();
                return new Result(r.scanId(), r.outcome().name(),
                        r.reasonKey() == null ? null
                                : messages.getMessage(r.reasonKey(), r.reasonArgs().toArray(), r.reasonKey(), locale),
                        flags, flags.stream().map(f -> messages.getMessage("patrol.flag." + f, null, locale)).toList());
            })
            .toList();
        return new ScanReply(count(results, ScanIngest.Outcome.ACCEPTED), count(results, ScanIngest.Outcome.DUPLICATE),
                count(results, ScanIngest.Outcome.REJECTED), replies);
    }

    private static int count(List<ScanIngest.Result> results, ScanIngest.Outcome outcome) {
        return (int) results.stream().filter(r -> r.outcome() == outcome).count();
    }

}
