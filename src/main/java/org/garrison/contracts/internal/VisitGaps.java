package org.garrison.contracts.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active clients of a scope that nobody visited (拜访) for some months, so that customer service visits them
 * all in turn (seed 001: 巡回访问，不要只访问特定客户): never visited first, then the longest ago, each with the
 * visit already planned, if any.
 */
@Service
@Transactional(readOnly = true)
public class VisitGaps {

    /** The longest gap one may ask about, in months. */
    public static final int MAX_MONTHS = 36;

    private final OrganisationManagement organisation;

    private final JdbcClient jdbc;

    private final ContractsSettings settings;

    private final Clock clock;

    VisitGaps(OrganisationManagement organisation, JdbcClient jdbc, ContractsSettings settings, Clock clock) {
        this.organisation = organisation;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** The gap the company looks for when the caller names none ({@code garrison.contracts.unvisited-months}). */
    public int defaultMonths() {
        return settings.unvisitedMonths();
    }

    /**
     * One page of the scope's active clients not visited in the last {@code months} months.
     *
     * @throws DomainException when {@code months} is not between 1 and {@link #MAX_MONTHS}
     */
    public Page<UnvisitedClient> unvisited(DataScope scope, int months, Pageable pageable) {
        if (months < 1 || months > MAX_MONTHS) {
            throw new DomainException("relations.unvisited.monthsRange", 1, MAX_MONTHS);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate since = today.minusMonths(months);
        Map<Long, LocalDate> lastVisits = dates("""
                SELECT client_id, MAX(visited_on) AS visit_day FROM con_visit WHERE visited_on IS NOT NULL GROUP BY client_id
                """, null);
        Map<Long, LocalDate> planned = dates("""
                SELECT client_id, MIN(planned_on) AS visit_day FROM con_visit
                 WHERE status = 'PLANNED' AND planned_on >= :today GROUP BY client_id
                """, today);
        var gaps = organisation.clientsIn(scope)
            .stream()
            .filter(client -> "ACTIVE".equals(client.status()))
            .filter(client -> {
                LocalDate last = lastVisits.get(client.id().value());
                return last == null || last.isBefore(since);
            })
            .map(client -> new UnvisitedClient(client.id().value(), client.name(), lastVisits.get(client.id().value()),
                    planned.get(client.id().value())))
            .sorted(Comparator.comparing(UnvisitedClient::lastVisitedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(UnvisitedClient::name))
            .toList();
        int from = (int) Math.min(pageable.getOffset(), gaps.size());
        int to = Math.min(from + pageable.getPageSize(), gaps.size());
        return new PageImpl<>(gaps.subList(from, to), pageable, gaps.size());
    }

    private Map<Long, LocalDate> dates(String sql, @Nullable LocalDate today) {
        var statement = jdbc.sql(sql);
        if (today != null) {
            statement = statement.param("today", today);
        }
        var found = new HashMap<Long, LocalDate>();
        statement.query((rs, n) -> Map.entry(rs.getLong("client_id"), rs.getObject("visit_day", Date.class).toLocalDate()))
            .list()
            .forEach(e -> found.put(e.getKey(), e.getValue()));
        return found;
    }

    /** A client not visited lately: when it was last visited ({@code null}: never) and the next planned visit. */
    public record UnvisitedClient(long clientId, String name, @Nullable LocalDate lastVisitedOn,
            @Nullable LocalDate nextPlannedOn) {
    }

}
