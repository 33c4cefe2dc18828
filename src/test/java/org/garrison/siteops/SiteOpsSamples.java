package org.garrison.siteops;

import java.time.Instant;
import java.util.List;

import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.shared.SiteId;
import org.garrison.siteops.incidents.IncidentStatus;
import org.garrison.siteops.incidents.Views.IncidentCard;
import org.garrison.siteops.incidents.Views.IncidentRow;
import org.garrison.siteops.incidents.Views.TimelineEntry;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;

/** Records as the module's services return them, for web slices. */
public final class SiteOpsSamples {

    public static final long SITE = 11;

    public static final Instant AT = Instant.parse("2026-11-21T02:15:00Z");

    private SiteOpsSamples() {
    }

    public static List<SiteChoice> sites() {
        return List.of(new SiteChoice(new SiteId(SITE), "FT-01", "福田支行"));
    }

    public static IncidentRow theft() {
        return new IncidentRow(7, "SJ-20261121-001", SITE, "福田支行", IncidentType.THEFT, Severity.SERIOUS, "地下车棚",
                "电动车被盗", AT, AT.plusSeconds(600), "保安员 马超", IncidentStatus.OPEN, true);
    }

    public static IncidentCard theftCard() {
        return new IncidentCard(theft(), false, null, true, "深公福警 118", null, null, null, null,
                List.of(new TimelineEntry(AT.plusSeconds(120), "队长 何勇", "已调取监控")));
    }

}
