package org.garrison.servicedesk.internal;

import java.util.List;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/**
 * How a complaint comes in: customer service registers one it took on the phone, at a visit or by letter
 * and signs it at once; a client (or anyone without the handling permission) files it in the portal, where
 * it waits for customer service to accept it.
 */
public enum Intake {

    /** Taken by customer service, signed at once. */
    REGISTERED,
    /** Filed in the portal, waiting to be accepted. */
    FILED;

    /** Customer service registers (a client user never does, whatever its permissions); everyone else files. */
    public static Intake of(CurrentUser user) {
        return user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE) && user.scope().level() != ScopeLevel.CLIENT
                ? REGISTERED : FILED;
    }

    /** The channels to choose from on the form: customer service's own; none to choose when filing. */
    public List<ComplaintChannel> channels() {
        return this == FILED ? List.of() : List.of(ComplaintChannel.PHONE, ComplaintChannel.VISIT, ComplaintChannel.LETTER);
    }

    /** The categories to choose from on the form: all for customer service; none when filing (classified on acceptance). */
    public List<ComplaintCategory> categories() {
        return this == FILED ? List.of() : List.of(ComplaintCategory.values());
    }

    /**
     * The details as this intake takes them: a filed complaint came through the portal and is general, with no
     * claim, until customer service classifies it on acceptance; a registered one keeps its category and claim.
     */
    public ComplaintDetails taken(ComplaintDetails told) {
        var details = told.by(channel(told.channel()));
        return this == FILED ? details.unclassified() : details;
    }

    /**
     * The channel the complaint came by: a filed one through the portal; a registered one as customer
     * service says, by phone when it names none (or names the portal, which is not its channel).
     */
    public ComplaintChannel channel(@Nullable ComplaintChannel told) {
        if (this == FILED) {
            return ComplaintChannel.PORTAL;
        }
        return told == null || told == ComplaintChannel.PORTAL ? ComplaintChannel.PHONE : told;
    }

}
