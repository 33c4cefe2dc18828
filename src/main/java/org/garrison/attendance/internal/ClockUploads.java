package org.garrison.attendance.internal;

import java.util.List;
import java.util.function.Function;

import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signed-in guard's upload of clock events: which employee the account is, then the ingest, in one transaction
 * (an upload is the hot path: one begin and one commit, not two).
 */
@Service
public class ClockUploads {

    private final PeopleManagement people;

    private final ClockIngest ingest;

    ClockUploads(PeopleManagement people, ClockIngest ingest) {
        this.people = people;
        this.ingest = ingest;
    }

    /** Ingests the batch the upload makes for the user's employee ({@code null} when the account is none). */
    @Transactional
    public List<ClockIngest.Result> upload(CurrentUser user, Function<@Nullable EmployeeId, ClockIngest.Batch> batch) {
        return ingest.ingest(batch.apply(people.employeeOfUser(user.userId()).orElse(null)));
    }

}
