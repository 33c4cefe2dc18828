package org.garrison.people.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link EmployeeIdsOfUsers} by one indexed SQL query, without the entity manager. */
class EmployeeIdsOfUsersImpl implements EmployeeIdsOfUsers {

    private final JdbcClient jdbc;

    EmployeeIdsOfUsersImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> idOfUser(long userId) {
        return jdbc.sql("SELECT id FROM ppl_employee WHERE user_id = ?").param(userId).query(Long.class).optional();
    }

}
