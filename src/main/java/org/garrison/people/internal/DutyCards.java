package org.garrison.people.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.garrison.people.DutyCard;
import org.garrison.people.EmployeeId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names and licence validity of many employees in one statement (the on-duty board asks for a thousand). */
@Component
public class DutyCards {

    private final JdbcClient jdbc;

    DutyCards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<EmployeeId, DutyCard> of(Collection<EmployeeId> employees, LocalDate day) {
        if (employees.isEmpty()) {
            return Map.of();
        }
        var cards = new HashMap<EmployeeId, DutyCard>();
        jdbc.sql("SELECT e.id, e.full_name, EXISTS (SELECT 1 FROM ppl_certificate c WHERE c.employee_id = e.id "
                + "AND c.kind = 'GUARD_LICENCE' AND c.issued_on <= :day AND (c.expires_on IS NULL OR c.expires_on >= :day)) "
                + "AS licensed FROM ppl_employee e WHERE e.id IN (:ids)")
            .param("day", Date.valueOf(day))
            .param("ids", employees.stream().map(EmployeeId::value).distinct().toList())
            .query((rs, n) -> new DutyCard(new EmployeeId(rs.getLong("id")), rs.getString("full_name"),
                    rs.getBoolean("licensed")))
            .list()
            .forEach(card -> cards.put(card.employee(), card));
        return cards;
    }

}
