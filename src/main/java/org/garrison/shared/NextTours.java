package org.garrison.shared;

import java.time.Instant;
import java.util.Optional;

/**
 * The next patrol tour a guard is to walk, for the guard's start screen: the patrols module answers it, so the
 * home page shows it without depending on that module.
 */
public interface NextTours {

    /** The earliest open tour due now or soon that is for this user, or empty when none is. */
    Optional<NextTour> next(CurrentUser guard);

    /** A tour as the start screen names it: its route and its window. */
    record NextTour(String routeName, Instant windowStart, Instant closesAt) {
    }

}
