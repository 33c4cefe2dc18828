package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.garrison.people.PeopleManagement;
import org.garrison.shared.PostId;
import org.garrison.shared.UserId;
import org.springframework.stereotype.Component;

/** Who holds a post (岗位) today, as the site roster of the people module says. */
@Component
class PostHolders {

    private final PeopleManagement people;

    private final Clock clock;

    PostHolders(PeopleManagement people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** The post the user is posted at on today's service day, if any. */
    Optional<Long> postOf(long userId) {
        return people.postOfUser(new UserId(userId), LocalDate.now(clock)).map(PostId::value);
    }

}
