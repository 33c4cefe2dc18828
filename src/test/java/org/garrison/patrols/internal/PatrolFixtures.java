package org.garrison.patrols.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checkpoints, routes and schedules made for a test, at the demo sites, through the module's own service. */
@Component
public class PatrolFixtures {

    static final DataScope COMPANY = DataScope.company(0);

    private final PatrolSetup setup;

    private final PatrolSchedules schedules;

    private final OrganisationManagement organisation;

    private final JdbcClient jdbc;

    PatrolFixtures(PatrolSetup setup, PatrolSchedules schedules, OrganisationManagement organisation, JdbcClient jdbc) {
        this.setup = setup;
        this.schedules = schedules;
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    public long site(String code) {
        return organisation.siteByCode(code).map(SiteId::value).orElseThrow();
    }

    /** A checkpoint at the site, at the given position (or none); returns its code. */
    public Checkpoint checkpoint(String siteCode, String name, Double latitude, Double longitude) {
        return setup.createCheckpoint(COMPANY, site(siteCode),
                new Checkpoint.Place(name, null, latitude, longitude, 50, false, null));
    }

    public Checkpoint checkpoint(String siteCode, String name) {
        return checkpoint(siteCode, name, null, null);
    }

    /** The QR code printed on the checkpoint's label (300 × 300 px). */
    public BufferedImage qrLabel(Checkpoint checkpoint) {
        try {
            byte[] png = Base64.getDecoder().decode(LabelSheet.qr(checkpoint.getCode()));
            return ImageIO.read(new ByteArrayInputStream(png));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public Route route(String siteCode, boolean ordered, int minutesBetween, List<Checkpoint> points) {
        return route(siteCode, "测试路线", ordered, minutesBetween, points);
    }

    public Route route(String siteCode, String name, boolean ordered, int minutesBetween, List<Checkpoint> points) {
        return setup.createRoute(COMPANY, site(siteCode), new Route.Plan(name, ordered, PatrolMode.FOOT, minutesBetween,
                points.stream().map(Checkpoint::getId).toList()));
    }

    /** A schedule walked by whoever is on duty, made now. */
    public Schedule schedule(Route route, LocalTime from, LocalTime to, int every, int tolerance) {
        return schedules.create(COMPANY, route.getId(), new Schedule.Timing(from, to, every, tolerance, false), null,
                null);
    }

    /** A schedule walked by whoever is on duty, made at the given time (to sweep days in the past). */
    public Schedule schedule(Route route, LocalTime from, LocalTime to, int every, int tolerance, Instant madeAt) {
        var schedule = schedule(route, from, to, every, tolerance);
        madeAt(schedule, madeAt);
        return schedule;
    }

    /** A schedule walked by whoever holds the post, made now. */
    public Schedule postSchedule(Route route, long postId, LocalTime from, LocalTime to, int every, int tolerance) {
        return schedules.create(COMPANY, route.getId(), new Schedule.Timing(from, to, every, tolerance, false), null,
                postId);
    }

    /** Dates the schedule as made at that time. */
    public void madeAt(Schedule schedule, Instant at) {
        jdbc.sql("UPDATE patrol_schedule SET created_at = :at WHERE id = :id")
            .param("at", at.atOffset(ZoneOffset.UTC))
            .param("id", schedule.getId())
            .update();
    }

}
