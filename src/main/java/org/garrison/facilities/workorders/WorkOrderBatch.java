package org.garrison.facilities.workorders;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.numbering.NumberingManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.InsertOnce;
import org.garrison.shared.InsertOnce.ArrayColumn;
import org.garrison.shared.SiteId;
import org.garrison.sla.ClockStart;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files many work orders in one transaction, under the rules of {@link WorkOrders#file}: every site is checked once
 * against the scope, the numbers are drawn as one block, the orders, their "FILED" steps and their SLA clocks are each
 * stored in one statement; one audit entry names the count and the first and last number, and logistics (and
 * management, when one is major) get one notice per site. One refused order refuses them all: nothing is stored.
 */
@Service
@Transactional
public class WorkOrderBatch {

    /** The most orders one batch may file. */
    public static final int MAX_ORDERS = 100;

    private static final List<String> COLUMNS = List.of("number", "site_id", "client_id", "service", "category", "priority",
            "source", "source_ref", "place", "description", "state", "clock_ref", "response_due_at", "resolution_due_at",
            "overdue", "paused", "reported_by_id", "reported_by_name", "created_at", "reopen_count", "version");

    private final OrganisationManagement organisation;

    private final NumberingManagement numbering;

    private final WorkOrderJournal journal;

    private final NamedParameterJdbcTemplate named;

    private final ApplicationEventPublisher events;

    private final InsertOnce<Row> inserts;

    WorkOrderBatch(OrganisationManagement organisation, NumberingManagement numbering, WorkOrderJournal journal,
            JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.organisation = organisation;
        this.numbering = numbering;
        this.journal = journal;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.events = events;
        this.inserts = new InsertOnce<>(jdbc, "fa_work_order", COLUMNS, "number", Row::number, WorkOrderBatch::bind)
            .unnest(List.of(new ArrayColumn<>("varchar", Row::number), new ArrayColumn<>("int8", Row::siteId),
                    new ArrayColumn<>("int8", Row::clientId), new ArrayColumn<>("varchar", r -> r.category().service().name()),
                    new ArrayColumn<>("varchar", r -> r.category().name()),
                    new ArrayColumn<Row>("varchar", r -> r.priority().name()).perBatch(),
                    new ArrayColumn<Row>("varchar", r -> r.source().name()).perBatch(),
                    new ArrayColumn<>("varchar", Row::sourceRef), new ArrayColumn<>("varchar", Row::place),
                    new ArrayColumn<>("varchar", Row::description), new ArrayColumn<Row>("varchar", r -> "NEW").perBatch(),
                    new ArrayColumn<>("varchar", Row::number), ArrayColumn.instant(Row::responseDueAt),
                    ArrayColumn.instant(Row::resolutionDueAt), new ArrayColumn<Row>("bool", r -> false).perBatch(),
                    new ArrayColumn<Row>("bool", r -> false).perBatch(), new ArrayColumn<Row>("int8", Row::reportedById).perBatch(),
                    new ArrayColumn<Row>("varchar", Row::reportedByName).perBatch(),
                    ArrayColumn.<Row>instant(Row::createdAt).perBatch(), new ArrayColumn<Row>("int4", r -> 0).perBatch(),
                    new ArrayColumn<Row>("int8", r -> 0L).perBatch()));
    }

    /** A work order filed in a batch. */
    public record Filed(long id, String number) {
    }

    /** A work order as stored. */
    record Row(String number, long siteId, @Nullable Long clientId, Category category, Priority priority, Source source,
            @Nullable String sourceRef, String place, String description, Instant responseDueAt, Instant resolutionDueAt,
            @Nullable Long reportedById, String reportedByName, Instant createdAt) {
    }

    /**
     * Files the orders, in order.
     *
     * @return their ids and numbers, in the order asked
     * @throws NotFoundException {@code entity.site} when a site is outside the scope (nothing is stored)
     * @throws DomainException when a source needs a reference, or too many orders are sent (nothing is stored)
     */
    public List<Filed> file(CurrentUser user, List<NewWorkOrder> asked) {
        if (asked.isEmpty() || asked.size() > MAX_ORDERS) {
            throw new DomainException("facilities.workOrder.batchSize", MAX_ORDERS);
        }
        var sites = asked.stream().map(r -> new SiteId(r.siteId())).distinct().toList();
        Map<SiteId, @Nullable Long> clients = organisation.clientsOfSites(user.scope(), sites);
        for (var site : sites) {
            if (!clients.containsKey(site)) {
                throw new NotFoundException("entity.site", site.value());
            }
        }
        var requests = asked.stream().map(request -> request.filedBy(user)).toList();
        var now = journal.now();
        var numbers = numbering.nextBlock(WorkOrders.SERIES, LocalDate.ofInstant(now, journal.zone()), requests.size());
        var starts = new ArrayList<ClockStart>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            starts.add(new ClockStart(numbers.get(i), request.category().name(), now, new SiteId(request.siteId())));
        }
        var deadlines = journal.sla().startAll(WorkOrderJournal.ITEM_TYPE, starts);
        var rows = new ArrayList<Row>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            var request = requests.get(i);
            var site = new SiteId(request.siteId());
            rows.add(new Row(numbers.get(i), request.siteId(), clients.get(site), request.category(), request.priority(),
                    request.source(), request.sourceRef(), request.place(), request.description(),
                    deadlines.get(i).responseDueAt(), deadlines.get(i).resolutionDueAt(), user.id(), user.displayName(), now));
        }
        boolean[] stored = inserts.insert(rows);
        for (int i = 0; i < stored.length; i++) {
            if (!stored[i]) {
                // the block was drawn under the counter's lock: a number already taken means the counter is behind
                throw new IllegalStateException("work order number " + numbers.get(i) + " is taken already");
            }
        }
        var filed = stepsFiled(numbers, user.displayName(), now);
        events.publishEvent(AuditedChange.of("FILED", WorkOrderJournal.ENTITY, filed.get(0).id(),
                numbers.get(0) + " … " + numbers.get(numbers.size() - 1) + " (" + numbers.size() + ")", null,
                Map.of("count", numbers.size(), "first", numbers.get(0), "last", numbers.get(numbers.size() - 1))));
        tellPerSite(rows, now);
        return filed;
    }

    /** The "FILED" step of every order, in one statement; answers the orders' ids in the order of the numbers. */
    private List<Filed> stepsFiled(List<String> numbers, String actor, Instant at) {
        var params = Map.of("numbers", numbers, "at", at.atOffset(ZoneOffset.UTC), "actor", actor);
        named.update("INSERT INTO fa_work_order_step (work_order_id, at, actor, action, note) "
                + "SELECT id, :at, :actor, 'FILED', NULL FROM fa_work_order WHERE number IN (:numbers)", params);
        Map<String, Long> ids = new HashMap<>();
        named.query("SELECT id, number FROM fa_work_order WHERE number IN (:numbers)", params,
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                });
        return numbers.stream().map(n -> new Filed(ids.get(n), n)).toList();
    }

    /** One notice per site: logistics, and management too when one of the site's orders is major. */
    private void tellPerSite(List<Row> rows, Instant now) {
        Map<Long, List<Row>> bySite = new LinkedHashMap<>();
        rows.forEach(r -> bySite.computeIfAbsent(r.siteId(), k -> new ArrayList<>()).add(r));
        bySite.forEach((site, ofSite) -> {
            boolean major = ofSite.stream().anyMatch(r -> r.priority() == Priority.MAJOR);
            var roles = major ? Set.of(BuiltInRole.LOGISTICS.code(), BuiltInRole.CHAIRMAN.code())
                    : Set.of(BuiltInRole.LOGISTICS.code());
            events.publishEvent(new NotificationRequested("facilities.workOrder.filed", Set.of(), roles, new SiteId(site),
                    "facilities.notice.filedBatch", List.of(Integer.toString(ofSite.size()), ofSite.get(0).number(),
                            ofSite.get(ofSite.size() - 1).number()),
                    "/facilities/work-orders?siteId=" + site, false, now));
        });
    }

    private static void bind(PreparedStatement ps, int offset, Row row) throws SQLException {
        ps.setString(offset + 1, row.number());
        ps.setLong(offset + 2, row.siteId());
        setLong(ps, offset + 3, row.clientId());
        ps.setString(offset + 4, row.category().service().name());
        ps.setString(offset + 5, row.category().name());
        ps.setString(offset + 6, row.priority().name());
        ps.setString(offset + 7, row.source().name());
        ps.setString(offset + 8, row.sourceRef());
        ps.setString(offset + 9, row.place());
        ps.setString(offset + 10, row.description());
        ps.setString(offset + 11, WorkOrderState.NEW.name());
        ps.setString(offset + 12, row.number());
        ps.setObject(offset + 13, row.responseDueAt().atOffset(ZoneOffset.UTC));
        ps.setObject(offset + 14, row.resolutionDueAt().atOffset(ZoneOffset.UTC));
        ps.setBoolean(offset + 15, false);
        ps.setBoolean(offset + 16, false);
        setLong(ps, offset + 17, row.reportedById());
        ps.setString(offset + 18, row.reportedByName());
        ps.setObject(offset + 19, row.createdAt().atOffset(ZoneOffset.UTC));
        ps.setInt(offset + 20, 0);
        ps.setLong(offset + 21, 0);
    }

    private static void setLong(PreparedStatement ps, int parameter, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(parameter, Types.BIGINT);
        }
        else {
            ps.setLong(parameter, value);
        }
    }

}
