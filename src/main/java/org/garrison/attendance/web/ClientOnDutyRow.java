package org.garrison.attendance.web;

import org.garrison.attendance.OnDutyRow;

/** What a client may see of a guard at its site: name, site and post, on duty, licence valid. */
record ClientOnDutyRow(String siteName, String postName, String guardName, boolean onDuty, boolean licenceValid) {

    static ClientOnDutyRow of(OnDutyRow row) {
        return new ClientOnDutyRow(row.siteName(), row.postName(), row.guardName(), row.onDuty(), row.licenceValid());
    }

}
