package org.garrison.numbering;

import java.time.LocalDate;
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

    /** How many numbers of this series were handed out (and kept) on this day. */
    @Transactional(readOnly = true)
    public long issued(String series, LocalDate day) {
        return counters.current(series, day);
    }

}
