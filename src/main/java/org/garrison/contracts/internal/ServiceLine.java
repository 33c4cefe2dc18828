package org.garrison.contracts.internal;

import java.math.BigDecimal;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One line of a proposal (服务方案): a guarding post (post, headcount per shift, shifts per day, guard
 * requirements, patrol frequency) or a facility service (frequency, SLA and KPI targets), with its
 * monthly fee. Blank targets take the service's defaults.
 */
@Embeddable
public class ServiceLine {

    @Enumerated(EnumType.STRING)
    private ServiceKind kind;

    private String siteCode;

    private String siteName;

    private @Nullable String postName;

    private @Nullable Integer headcount;

    private @Nullable Integer shiftsPerDay;

    private @Nullable Integer minHeightCm;

    private @Nullable String requirements;

    private @Nullable String frequency;

    private @Nullable Integer patrolsPerDay;

    private @Nullable Integer responseMinutes;

    private @Nullable Integer emergencyMinutes;

    private @Nullable Integer resolutionMinutes;

    @Column(name = "satisfaction_pct")
    private @Nullable Integer satisfactionPct;

    private BigDecimal monthlyFee;

    protected ServiceLine() {
    }

    /**
     * A line as proposed; refuses a guarding line without post, headcount or shifts, a line without a
     * site, negative fees and targets out of range.
     */
    public ServiceLine(Terms terms) {
        if (terms.siteCode() == null || terms.siteCode().isBlank() || terms.siteName() == null
                || terms.siteName().isBlank()) {
            throw new DomainException("proposal.line.siteMissing");
        }
        if (terms.monthlyFee() == null || terms.monthlyFee().signum() < 0) {
            throw new DomainException("proposal.line.negativeFee");
        }
        if (terms.kind().isGuarding()) {
            if (terms.postName() == null || terms.postName().isBlank()) {
                throw new DomainException("proposal.line.postMissing");
            }
            requireBetween(terms.headcount(), 1, 50, "proposal.line.headcount");
            requireBetween(terms.shiftsPerDay(), 1, 4, "proposal.line.shifts");
        }
        optionalBetween(terms.minHeightCm(), 140, 210, "proposal.line.height");
        optionalBetween(terms.patrolsPerDay(), 1, 96, "proposal.line.patrols");
        optionalBetween(terms.satisfactionPct(), 1, 100, "proposal.line.percent");
        optionalBetween(terms.responseMinutes(), 1, 100_000, "proposal.line.minutes");
        optionalBetween(terms.emergencyMinutes(), 1, 100_000, "proposal.line.minutes");
        optionalBetween(terms.resolutionMinutes(), 1, 100_000, "proposal.line.minutes");
        this.kind = terms.kind();
        this.siteCode = terms.siteCode().strip().toUpperCase(Locale.ROOT);
        this.siteName = terms.siteName().strip();
        this.postName = terms.kind().isGuarding() ? terms.postName().strip() : null;
        this.headcount = terms.kind().isGuarding() ? terms.headcount() : null;
        this.shiftsPerDay = terms.kind().isGuarding() ? terms.shiftsPerDay() : null;
        this.minHeightCm = terms.minHeightCm();
        this.requirements = blank(terms.requirements());
        this.frequency = blank(terms.frequency());
        this.patrolsPerDay = terms.patrolsPerDay();
        this.responseMinutes = orDefault(terms.responseMinutes(), terms.kind().defaultResponseMinutes());
        this.emergencyMinutes = orDefault(terms.emergencyMinutes(), terms.kind().defaultEmergencyMinutes());
        this.resolutionMinutes = orDefault(terms.resolutionMinutes(), terms.kind().defaultResolutionMinutes());
        this.satisfactionPct = orDefault(terms.satisfactionPct(), terms.kind().defaultSatisfactionPct());
        this.monthlyFee = terms.monthlyFee().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    /** The line as entered (blank targets are {@code null}). */
    public record Terms(ServiceKind kind, @Nullable String siteCode, @Nullable String siteName,
            @Nullable String postName, @Nullable Integer headcount, @Nullable Integer shiftsPerDay,
            @Nullable Integer minHeightCm, @Nullable String requirements, @Nullable String frequency,
            @Nullable Integer patrolsPerDay, @Nullable Integer responseMinutes, @Nullable Integer emergencyMinutes,
            @Nullable Integer resolutionMinutes, @Nullable Integer satisfactionPct, @Nullable BigDecimal monthlyFee) {
    }

    /** The line's terms, to start a new version from it. */
    public Terms terms() {
        return new Terms(kind, siteCode, siteName, postName, headcount, shiftsPerDay, minHeightCm, requirements,
                frequency, patrolsPerDay, responseMinutes, emergencyMinutes, resolutionMinutes, satisfactionPct,
                monthlyFee);
    }

    /** What identifies the line across versions: kind, site and post. */
    public String key() {
        return kind + "/" + siteCode + (postName == null ? "" : "/" + postName);
    }

    /** Guards the line needs in a day: headcount per shift × shifts per day (0 for facility services). */
    public int guardsNeeded() {
        return kind.isGuarding() && headcount != null && shiftsPerDay != null ? headcount * shiftsPerDay : 0;
    }

    private static void requireBetween(@Nullable Integer value, int min, int max, String key) {
        if (value == null || value < min || value > max) {
            throw new DomainException(key, min, max);
        }
    }

    private static void optionalBetween(@Nullable Integer value, int min, int max, String key) {
        if (value != null) {
            requireBetween(value, min, max, key);
        }
    }

    private static @Nullable Integer orDefault(@Nullable Integer value, @Nullable Integer fallback) {
        return value != null ? value : fallback;
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public ServiceKind getKind() {
        return kind;
    }

    public String getSiteCode() {
        return siteCode;
    }

    public String getSiteName() {
        return siteName;
    }

    public @Nullable String getPostName() {
        return postName;
    }

    public @Nullable Integer getHeadcount() {
        return headcount;
    }

    public @Nullable Integer getShiftsPerDay() {
        return shiftsPerDay;
    }

    public @Nullable Integer getMinHeightCm() {
        return minHeightCm;
    }

    public @Nullable String getRequirements() {
        return requirements;
    }

    public @Nullable String getFrequency() {
        return frequency;
    }

    public @Nullable Integer getPatrolsPerDay() {
        return patrolsPerDay;
    }

    public @Nullable Integer getResponseMinutes() {
        return responseMinutes;
    }

    public @Nullable Integer getEmergencyMinutes() {
        return emergencyMinutes;
    }

    public @Nullable Integer getResolutionMinutes() {
        return resolutionMinutes;
    }

    public @Nullable Integer getSatisfactionPct() {
        return satisfactionPct;
    }

    public BigDecimal getMonthlyFee() {
        return monthlyFee;
    }

}
