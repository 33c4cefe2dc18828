package org.garrison.facilities.workorders;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A work order as it is filed.
 *
 * @param category what is asked (its service follows); the priority may raise it (see {@link Category#clocked})
 * @param source where it came from; a client's own request is always {@link Source#CLIENT_REQUEST}
 * @param sourceRef the task, inspection, hazard or anomaly it came from (needed for those sources)
 */
public record NewWorkOrder(long siteId, Category category, Priority priority, Source source, @Nullable String sourceRef,
        String place, String description) {

    /**
     * The order as the user files it, whether one at a time or in a batch: a client user's is always a client request,
     * its category is the one its priority raises it to, and its texts are trimmed.
     *
     * @throws DomainException when its source needs a reference it lacks, or its category is not of a facility service
     */
    NewWorkOrder filedBy(CurrentUser user) {
        var filed = user.scope().level() == ScopeLevel.CLIENT ? Source.CLIENT_REQUEST : source;
        var reference = Texts.blankToNull(sourceRef);
        if (filed.needsReference() && reference == null) {
            throw new DomainException("facilities.workOrder.sourceRefNeeded");
        }
        return new NewWorkOrder(siteId, Category.clocked(category.service(), category, priority), priority, filed, reference,
                place.strip(), description.strip());
    }

}
