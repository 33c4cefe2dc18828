package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.garrison.organisation.PostId;
import org.garrison.people.PeopleManagement;
import org.springframework.stereotype.Component;

/** Who holds a post (岗位) today, as the site roster of the people module says. */
@Component
class PostHolders {

    private final PeopleManagement people;

    private final PatrolSettings settings;

    private final Clock clock;

    PostHolders(PeopleManagement people, PatrolSettings settings, Clock clock) {
        this.people = people;
        this.settings = settings;
        this.clock = clock;
    }

    /** The post the user is posted at on today's service day, if any. */
    Optional<Long> postOf(long userId) {
        return people.postOfUser(userId, LocalDate.now(clock.withZone(settings.zone()))).map(PostId::value);
    }

}
