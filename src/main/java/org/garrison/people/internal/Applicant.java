package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.people.internal.Eligibility.Facts;
import org.garrison.people.internal.Eligibility.Failure;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A person applying for a guard's job, moving through the pipeline applied → screened → interviewed →
 * physical test → background check → offer → hired, or rejected with a reason at any stage. The move
 * to offer (and the hire) needs every eligibility rule passed, or a manager's written override.
 */
@Entity
@Table(name = "ppl_applicant")
public class Applicant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long planId;

    private @Nullable Long siteId;

    private String fullName;

    private String residentId;

    private String phone;

    private @Nullable Integer heightCm;

    @Enumerated(EnumType.STRING)
    private @Nullable Education education;

    private @Nullable Boolean healthCertificate;

    private @Nullable Boolean criminalRecord;

    private @Nullable Boolean administrativePenalty;

    private @Nullable Boolean reEducation;

    @Convert(converter = CertificateKindsColumn.class)
    private Set<CertificateKind> certificateKinds = Set.of();

    @Enumerated(EnumType.STRING)
    private RecruitmentChannel channel;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    private @Nullable Stage rejectedAt;

    private @Nullable String rejectionReason;

    private @Nullable String overrideReason;

    private @Nullable String overrideBy;

    private LocalDate appliedOn;

    private @Nullable Long employeeId;

    @Version
    private long version;

    protected Applicant() {
    }

    public Applicant(@Nullable Long planId, @Nullable Long siteId, String fullName, ResidentId residentId, String phone,
            @Nullable Integer heightCm, @Nullable Education education, RecruitmentChannel channel, LocalDate appliedOn) {
        this.planId = planId;
        this.siteId = siteId;
        this.fullName = fullName;
        this.residentId = residentId.value();
        this.phone = phone;
        this.heightCm = heightCm;
        this.education = education;
        this.channel = channel;
        this.appliedOn = appliedOn;
        this.stage = Stage.APPLIED;
    }

    /** Puts the applicant on a hiring plan (of a site); needed before the hire, which takes the site's branch. */
    public void assignTo(long planId, long siteId) {
        requireOpen();
        this.planId = planId;
        this.siteId = siteId;
    }

    /** Records what screening, the physical test and the background check established. */
    public void recordFacts(Views.ApplicantFacts facts) {
        requireOpen();
        this.heightCm = facts.heightCm();
        this.education = facts.education();
        this.healthCertificate = facts.healthCertificate();
        this.criminalRecord = facts.criminalRecord();
        this.administrativePenalty = facts.administrativePenalty();
        this.reEducation = facts.reEducation();
        this.certificateKinds = Set.copyOf(facts.certificates());
    }

    /**
     * Moves to the next stage. Into offer and hired only when no rule fails, unless a manager overrode
     * the rules on the way to the offer.
     *
     * @param failures the eligibility rules the applicant fails today
     */
    public Stage advance(List<Failure> failures) {
        requireOpen();
        Stage target = stage.next().orElseThrow(() -> new DomainException("people.applicant.closed"));
        if (target == Stage.HIRED && siteId == null) {
            throw new DomainException("people.applicant.planRequiredToHire");
        }
        if ((target == Stage.OFFER || target == Stage.HIRED) && !failures.isEmpty() && overrideReason == null) {
            var first = failures.get(0);
            throw new DomainException(first.messageKey(), first.args().toArray());
        }
        stage = target;
        return stage;
    }

    /** Moves from background check to offer although rules fail, with the manager's written reason. */
    public void overrideIntoOffer(String reason, String manager) {
        if (stage != Stage.BACKGROUND_CHECK) {
            throw new DomainException("people.applicant.overrideStage");
        }
        if (reason.isBlank()) {
            throw new DomainException("people.applicant.overrideReason");
        }
        this.overrideReason = reason.strip();
        this.overrideBy = manager;
        this.stage = Stage.OFFER;
    }

    public void reject(String reason) {
        requireOpen();
        if (reason.isBlank()) {
            throw new DomainException("people.applicant.rejectionReason");
        }
        this.rejectedAt = stage;
        this.rejectionReason = reason.strip();
        this.stage = Stage.REJECTED;
    }

    /** Links the employee record the hire created. */
    void hiredAs(long employeeId) {
        if (stage != Stage.HIRED) {
            throw new DomainException("people.applicant.notHired");
        }
        this.employeeId = employeeId;
    }

    public Facts facts() {
        return new Facts(ResidentId.of(residentId), heightCm, education, healthCertificate, criminalRecord,
                administrativePenalty, reEducation, certificateKinds);
    }

    /** Counts a certificate kind as shown; whether it was not yet. */
    boolean showed(CertificateKind kind) {
        requireOpen();
        if (certificateKinds.contains(kind)) {
            return false;
        }
        var kinds = new HashSet<>(certificateKinds);
        kinds.add(kind);
        this.certificateKinds = Set.copyOf(kinds);
        return true;
    }

    private void requireOpen() {
        if (stage.isClosed()) {
            throw new DomainException("people.applicant.closed");
        }
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("name", fullName);
        map.put("planId", planId);
        map.put("stage", stage);
        map.put("heightCm", heightCm);
        map.put("education", education);
        map.put("healthCertificate", healthCertificate);
        map.put("criminalRecord", criminalRecord);
        map.put("administrativePenalty", administrativePenalty);
        map.put("reEducation", reEducation);
        map.put("certificates", new CertificateKindsColumn().convertToDatabaseColumn(certificateKinds));
        map.put("channel", channel);
        map.put("rejectionReason", rejectionReason);
        map.put("overrideReason", overrideReason);
        map.put("overrideBy", overrideBy);
        return map;
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getPlanId() {
        return planId;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getResidentId() {
        return residentId;
    }

    public String getPhone() {
        return phone;
    }

    public @Nullable Integer getHeightCm() {
        return heightCm;
    }

    public @Nullable Education getEducation() {
        return education;
    }

    public @Nullable Boolean getHealthCertificate() {
        return healthCertificate;
    }

    public @Nullable Boolean getCriminalRecord() {
        return criminalRecord;
    }

    public @Nullable Boolean getAdministrativePenalty() {
        return administrativePenalty;
    }

    public @Nullable Boolean getReEducation() {
        return reEducation;
    }

    /** The kinds of certificate the applicant showed at screening. */
    public Set<CertificateKind> getCertificateKinds() {
        return certificateKinds;
    }

    public RecruitmentChannel getChannel() {
        return channel;
    }

    public Stage getStage() {
        return stage;
    }

    public @Nullable Stage getRejectedAt() {
        return rejectedAt;
    }

    public @Nullable String getRejectionReason() {
        return rejectionReason;
    }

    public @Nullable String getOverrideReason() {
        return overrideReason;
    }

    public @Nullable String getOverrideBy() {
        return overrideBy;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public @Nullable Long getEmployeeId() {
        return employeeId;
    }

}
