package org.garrison.patrols.internal;

import java.util.Optional;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NextTours;
import org.springframework.stereotype.Component;

/** The guard's start screen names the first of the tours the guard's phone page shows. */
@Component
class NextGuardTour implements NextTours {

    private final GuardTours tours;

    NextGuardTour(GuardTours tours) {
        this.tours = tours;
    }

    @Override
    public Optional<NextTour> next(CurrentUser guard) {
        return tours.due(guard).stream().findFirst().map(t -> new NextTour(t.routeName(), t.windowStart(), t.closesAt()));
    }

}
