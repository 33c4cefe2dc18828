package org.garrison.duty.internal;

import java.util.Optional;

import org.garrison.servicedesk.ServiceDeskManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsManagement;

import org.springframework.stereotype.Component;

/**
 * The incident (site operations) or complaint (service desk) a handover omission is said to have caused, found by its
 * number: it must exist, be within the reader's scope and be of the handover's site.
 */
@Component
class OmissionReferences {

    private final SiteOpsManagement siteOps;

    private final ServiceDeskManagement serviceDesk;

    OmissionReferences(SiteOpsManagement siteOps, ServiceDeskManagement serviceDesk) {
        this.siteOps = siteOps;
        this.serviceDesk = serviceDesk;
    }

    /** Whether an incident or complaint numbered {@code number} exists at {@code site} within the scope. */
    boolean existsAt(DataScope scope, String number, SiteId site) {
        return siteOps.incidentSite(scope, number).or(() -> complaintSite(number)).filter(site::equals).isPresent();
    }

    /** The complaint's site; the service desk answers company-wide, the handover's site is in scope already. */
    private Optional<SiteId> complaintSite(String number) {
        return serviceDesk.complaintSite(number);
    }

}
