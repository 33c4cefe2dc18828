package org.garrison.people.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;

/**
 * The company's hiring requirements (seed 002: 18–45 years, at least 1.70 m, junior high school or
 * above, healthy, no criminal record, no administrative penalty and never sent to 劳动教养 or 收容教育); one
 * row, editable. The certificates a post requires are each post's own ({@link PostRequirement}).
 */
@Entity
@Table(name = "ppl_eligibility_policy")
public class EligibilityPolicy {

    @Id
    private Long id;

    private int minAge;

    private int maxAge;

    private int minHeightCm;

    @Enumerated(EnumType.STRING)
    private Education minEducation;

    private boolean healthCertificateRequired;

    private boolean cleanRecordRequired;

    @Version
    private long version;

    protected EligibilityPolicy() {
    }

    /** The seed's defaults. */
    public static EligibilityPolicy defaults() {
        var policy = new EligibilityPolicy();
        policy.id = 1L;
        policy.change(18, 45, 170, Education.JUNIOR_HIGH, true, true);
        return policy;
    }

    public void change(int minAge, int maxAge, int minHeightCm, Education minEducation, boolean healthCertificateRequired,
            boolean cleanRecordRequired) {
        if (minAge < 16 || maxAge > 70 || minAge > maxAge) {
            throw new DomainException("people.eligibility.ageRange");
        }
        if (minHeightCm < 100 || minHeightCm > 230) {
            throw new DomainException("people.eligibility.heightRange");
        }
        this.minAge = minAge;
        this.maxAge = maxAge;
        this.minHeightCm = minHeightCm;
        this.minEducation = minEducation;
        this.healthCertificateRequired = healthCertificateRequired;
        this.cleanRecordRequired = cleanRecordRequired;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("minAge", minAge);
        map.put("maxAge", maxAge);
        map.put("minHeightCm", minHeightCm);
        map.put("minEducation", minEducation);
        map.put("healthCertificateRequired", healthCertificateRequired);
        map.put("cleanRecordRequired", cleanRecordRequired);
        return map;
    }

    public int getMinAge() {
        return minAge;
    }

    public int getMaxAge() {
        return maxAge;
    }

    public int getMinHeightCm() {
        return minHeightCm;
    }

    public Education getMinEducation() {
        return minEducation;
    }

    public boolean isHealthCertificateRequired() {
        return healthCertificateRequired;
    }

    public boolean isCleanRecordRequired() {
        return cleanRecordRequired;
    }

}
