package org.garrison.numbering;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.numbering.internal.Counters;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out form numbers. A number is drawn in the caller's transaction: the series' counter row for
 * the day stays locked until that transaction ends, so numbers are unique across threads and nodes, and
 * a rolled-back transaction gives its number back (no gaps).
 */
@Service
public class NumberingManagement {

    private final Counters counters;

    private final Map<String, Series> declared;

    NumberingManagement(Counters counters, List<Series> declared) {
        this.counters = counters;
        this.declared = declared.stream().collect(Collectors.toUnmodifiableMap(Series::name, Function.identity()));
    }

    /** The next number of a declared series (or of an undeclared one in the default shape) on this day. */
    @Transactional
    public String next(String series, LocalDate day) {
        return next(declared.getOrDefault(series, Series.of(series)), day);
    }

    /** The next number of this series on this day. */
    @Transactional
    public String next(Series series, LocalDate day) {
        return series.format(day, counters.increment(series.name(), day));
    }

    /**
     * The next {@code count} numbers of this series on this day, in order, drawn as one block (one update of the
     * counter row, which stays locked until the caller's transaction ends, as for {@link #next}).
     */
    @Transactional
    public List<String> nextBlock(Series series, LocalDate day, int count) {
        long last = counters.incrementBy(series.name(), day, count);
        var numbers = new ArrayList<String>(count);
        for (long value = last - count + 1; value <= last; value++) {
            numbers.add(series.format(day, value));
        }
        return numbers;
    }

    /**
     * What every series handed out on the days from {@code from} to {@code to}, newest day first (at most
     * {@code limit} rows): how many numbers, and the last one.
     */
    @Transactional(readOnly = true)
    public List<SeriesDay> issuedBetween(LocalDate from, LocalDate to, int limit) {
        return counters.between(from, to, limit)
            .stream()
            .map(c -> new SeriesDay(c.series(), c.day(), c.lastValue(), c.lastValue() == 0 ? ""
                    : declared.getOrDefault(c.series(), Series.of(c.series())).format(c.day(), c.lastValue())))
            .toList();
    }

    /** How many numbers of this series were handed out (and kept) on this day. */
    @Transactional(readOnly = true)
    public long issued(String series, LocalDate day) {
        return counters.current(series, day);
    }

    /** One series on one day: how many numbers it handed out and the last of them. */
    public record SeriesDay(String series, LocalDate day, long issued, String lastNumber) {
    }

}
