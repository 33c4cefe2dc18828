package org.garrison.sla.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.garrison.shared.DomainException;
import org.garrison.sla.internal.CalendarDay;

/**
 * A year of days as typed or pasted, one a line: {@code 2027-01-01 元旦} is a holiday, {@code 2026-02-14 上班 春节调休上班}
 * a make-up working day (the word 上班 or 班 after the date). Blank lines are skipped; date and words may be separated
 * by blanks, tabs or commas (also full-width ones, as copied from a spreadsheet or a notice).
 */
final class DayLines {

    private static final Set<String> WORKING = Set.of("上班", "班", "补班");

    private static final String GAP = "[\\s,，\\u3000]+";

    /** A date, the word for a make-up working day if any, and the name. */
    private static final Pattern LINE = Pattern.compile("(\\S+?)" + GAP + "(?:(上班|班|补班)" + GAP + ")?(\\S.*)");

    private DayLines() {
    }

    /** The days of the text; refuses the first line that is no date followed by a name. */
    static List<CalendarDay> parse(String text) {
        var days = new ArrayList<CalendarDay>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            Matcher words = LINE.matcher(line);
            if (!words.matches() || WORKING.contains(words.group(3)) || words.group(3).length() > CalendarDay.MAX_NAME) {
                throw new DomainException("sla.days.badLine", i + 1, line);
            }
            try {
                days.add(new CalendarDay(LocalDate.parse(words.group(1)), words.group(2) != null, words.group(3).strip()));
            }
            catch (DateTimeException ex) {
                throw new DomainException("sla.days.badLine", i + 1, line);
            }
        }
        return days;
    }

}
