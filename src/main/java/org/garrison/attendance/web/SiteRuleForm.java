package org.garrison.attendance.web;

import org.garrison.attendance.internal.SiteRule;
import org.jspecify.annotations.Nullable;

/** A site's attendance rule as the form edits it. */
record SiteRuleForm(@Nullable Integer graceMinutes, @Nullable Integer absentAfterMinutes, boolean geofenceEnabled,
        @Nullable Double latitude, @Nullable Double longitude, @Nullable Integer radiusMetres) {

    static SiteRuleForm of(SiteRule rule) {
        return new SiteRuleForm(rule.graceMinutes(), rule.absentAfterMinutes(), rule.geofenceEnabled(), rule.latitude(),
                rule.longitude(), rule.radiusMetres());
    }

    SiteRule toRule(long siteId) {
        return new SiteRule(siteId, graceMinutes == null ? -1 : graceMinutes,
                absentAfterMinutes == null ? -1 : absentAfterMinutes, geofenceEnabled, latitude, longitude,
                radiusMetres == null ? -1 : radiusMetres, true);
    }

}
