package org.garrison.siteops.internal;

import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.incidents.IncidentQueries;
import org.garrison.siteops.incidents.Incidents;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.siteops.inspections.InspectionQueries;
import org.garrison.siteops.inspections.Inspections;
import org.garrison.siteops.web.Photos;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Photos and files of incidents, hazards (rectification evidence) and inspections: seen by whoever sees
 * the record in their scope, added by those who record on site (to incidents only while open).
 */
@Configuration(proxyBeanMethods = false)
class SiteOpsAttachments {

    @Bean
    AttachmentOwner incidentAttachments(IncidentQueries incidents) {
        return new ScopedOwner(Incidents.OWNER_TYPE, (user, id) -> incidents.exists(user.scope(), id, false),
                (user, id) -> incidents.exists(user.scope(), id, true));
    }

    @Bean
    AttachmentOwner hazardAttachments(Hazards hazards) {
        Lookup visible = (user, id) -> hazards.exists(user.scope(), id);
        return new ScopedOwner(Hazards.ENTITY, visible, visible);
    }

    @Bean
    AttachmentOwner inspectionAttachments(InspectionQueries inspections) {
        Lookup visible = (user, id) -> inspections.exists(user.scope(), id);
        return new ScopedOwner(Inspections.OWNER_TYPE, visible, visible);
    }

    /** Whether a record of the user's scope exists. */
    interface Lookup {

        boolean exists(CurrentUser user, long id);

    }

    /** Sees records that {@code visible} finds; attaches to those {@code attachable} finds (e.g. open incidents only). */
    private record ScopedOwner(String ownerType, Lookup visible, Lookup attachable) implements AttachmentOwner {

        @Override
        public boolean canSee(CurrentUser user, String ownerId) {
            long id = id(ownerId);
            return user.can(SiteOpsPermissions.SITEOPS_VIEW) && id > 0 && visible.exists(user, id);
        }

        @Override
        public boolean canAttach(CurrentUser user, String ownerId) {
            long id = id(ownerId);
            return user.can(SiteOpsPermissions.SITEOPS_RECORD) && id > 0 && attachable.exists(user, id);
        }

        private static long id(String ownerId) {
            try {
                return Long.parseLong(ownerId);
            }
            catch (NumberFormatException ex) {
                return -1;
            }
        }

    }

}
