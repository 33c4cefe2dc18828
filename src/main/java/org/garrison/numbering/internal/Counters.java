package org.garrison.numbering.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One counter row per series and day. Incrementing updates the row in place, which locks it until the
 * surrounding transaction ends; the first number of a day inserts the row, and a concurrent insert of
 * the same row is absorbed by the primary key (the loser simply updates the winner's row).
 */
@Component
public class Counters {

    private final JdbcClient jdbc;

    Counters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one to the day's counter of the series and returns the new value. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long increment(String series, LocalDate day) {
        return incrementBy(series, day, 1);
    }

    /**
     * Adds {@code count} to the day's counter of the series in one update (one lock for the block) and returns the new
     * value: the block is {@code value - count + 1} to {@code value}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long incrementBy(String series, LocalDate day, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("a block of " + count + " numbers");
        }
        if (bump(series, day, count) == 0) {
            createIfAbsent(series, day);
            if (bump(series, day, count) != 1) {
                throw new IllegalStateException("no counter row for " + series + " on " + day);
            }
        }
        return current(series, day);
    }

    /** The day's counter of the series: the last number handed out, 0 when none was. */
    public long current(String series, LocalDate day) {
        return jdbc.sql("SELECT last_value FROM numbering_counter WHERE series = :series AND issue_day = :day")
            .param("series", series)
            .param("day", day)
            .query(Long.class)
            .optional()
            .orElse(0L);
    }

    /** The counters of the given days, newest day first, at most {@code limit} rows. */
    public List<Counter> between(LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                SELECT series, issue_day, last_value FROM numbering_counter
                WHERE issue_day BETWEEN :from AND :to
                ORDER BY issue_day DESC, series FETCH FIRST :limit ROWS ONLY""")
            .param("from", from)
            .param("to", to)
            .param("limit", limit)
            .query((rs, row) -> new Counter(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)))
            .list();
    }

    /** How many numbers a series handed out on a day. */
    public record Counter(String series, LocalDate day, long lastValue) {
    }

    private int bump(String series, LocalDate day, int count) {
        return jdbc.sql("UPDATE numbering_counter SET last_value = last_value + :count WHERE series = :series AND issue_day = :day")
            .param("count", count)
            .param("series", series)
            .param("day", day)
            .update();
    }

    /**
     * {@code ON CONFLICT DO NOTHING} keeps PostgreSQL's transaction alive when another one inserted the
     * row first; H2 may still report the duplicate, which only fails the statement there.
     */
    private void createIfAbsent(String series, LocalDate day) {
        try {
            jdbc.sql("INSERT INTO numbering_counter (series, issue_day, last_value) VALUES (:series, :day, 0) ON CONFLICT DO NOTHING")
                .param("series", series)
                .param("day", day)
                .update();
        }
        catch (DuplicateKeyException raced) {
            // another transaction created the row: updating it below waits for that one's lock
        }
    }

}
