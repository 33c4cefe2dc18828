package org.garrison.siteops.internal;

import org.garrison.documents.AttachmentOwner;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Photos and files of hazards (rectification evidence) and inspections: seen by whoever sees the record
 * in their scope, added by those who record on site.
 */
@Configuration(proxyBeanMethods = false)
class SiteOpsAttachments {

    @Bean
    AttachmentOwner hazardAttachments(Hazards hazards) {
        return new ScopedOwner(Hazards.ENTITY, (user, id) -> hazards.exists(user.scope(), id));
    }

    @Bean
    AttachmentOwner inspectionAttachments(InspectionQueries inspections) {
        return new ScopedOwner(Inspections.OWNER_TYPE, (user, id) -> inspections.exists(user.scope(), id));
    }

    /** Whether a record of the user's scope exists. */
    interface Lookup {

        boolean exists(CurrentUser user, long id);

    }

    private record ScopedOwner(String ownerType, Lookup lookup) implements AttachmentOwner {

        @Override
        public boolean canSee(CurrentUser user, String ownerId) {
            long id = id(ownerId);
            return user.can(Permission.SITEOPS_VIEW) && id > 0 && lookup.exists(user, id);
        }

        @Override
        public boolean canAttach(CurrentUser user, String ownerId) {
            return user.can(Permission.SITEOPS_RECORD) && canSee(user, ownerId);
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
