package org.garrison.patrols.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.garrison.shared.IsoInstants;
import org.jspecify.annotations.Nullable;

/** What the lines of a patrol-wand export hold: an optional header line, the time formats, the scan's id. */
final class WandRows {

    private static final Set<String> HEADER_WORDS = Set.of("device", "device_id", "deviceid", "设备号", "设备编号", "巡更棒");

    private static final List<DateTimeFormatter> LOCAL_TIMES = List.of(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"), DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm:ss"), DateTimeFormatter.ofPattern("yyyy/M/d H:mm"));

    private WandRows() {
    }

    static boolean isHeader(String row) {
        String first = CsvText.fields(row.replace("\uFEFF", "")).get(0).toLowerCase(Locale.ROOT);
        return HEADER_WORDS.contains(first);
    }

    /** A local time in the zone (the formats wand software writes) or an ISO-8601 instant; null when neither. */
    static @Nullable Instant time(String text, ZoneId zone) {
        Instant withOffset = IsoInstants.parse(text);
        if (withOffset != null) {
            return withOffset;
        }
        for (var format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text.strip(), format).atZone(zone).toInstant();
            }
            catch (DateTimeParseException ex) {
                // try the next format
            }
        }
        return null;
    }

    /** The same wand, tag and second always make the same scan id, so a file imported twice is stored once. */
    static String scanId(String deviceId, @Nullable String tagId, Instant at) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                .digest((deviceId + "|" + tagId + "|" + at.getEpochSecond()).getBytes(StandardCharsets.UTF_8));
            return "wand:" + HexFormat.of().formatHex(digest, 0, 16);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
