package org.garrison.people.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * An employee's record: identity, contacts, family contact card (亲情联系卡), branch, current site and
 * post, and status (on probation, active, suspended, left).
 */
@Entity
@Table(name = "ppl_employee")
public class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String fullName;

    private String residentId;

    private String phone;

    private @Nullable String address;

    private @Nullable String familyContactName;

    private @Nullable String familyContactRelation;

    private @Nullable String familyContactPhone;

    private long branchId;

    private @Nullable Long siteId;

    private @Nullable Long postId;

    @Enumerated(EnumType.STRING)
    private EmployeeStatus status;

    private LocalDate hiredOn;

    private @Nullable Long userId;

    private @Nullable Long applicantId;

    /** Measured at screening, or entered for staff taken over without one; rosters check posts' minimum heights. */
    private @Nullable Integer heightCm;

    @Version
    private long version;

    protected Employee() {
    }

    public Employee(String fullName, ResidentId residentId, String phone, long branchId, LocalDate hiredOn,
            @Nullable Long applicantId) {
        this.fullName = fullName;
        this.residentId = residentId.value();
        this.phone = phone;
        this.branchId = branchId;
        this.hiredOn = hiredOn;
        this.applicantId = applicantId;
        this.status = EmployeeStatus.PROBATION;
    }

    /** Records the employee's height in centimetres; refuses a value no adult has. */
    public void recordHeight(@Nullable Integer heightCm) {
        if (heightCm != null && (heightCm < 100 || heightCm > 230)) {
            throw new DomainException("people.employee.heightInvalid");
        }
        this.heightCm = heightCm;
    }

    public void changeContacts(String phone, @Nullable String address, @Nullable String familyContactName,
            @Nullable String familyContactRelation, @Nullable String familyContactPhone) {
        this.phone = phone;
        this.address = address;
        this.familyContactName = familyContactName;
        this.familyContactRelation = familyContactRelation;
        this.familyContactPhone = familyContactPhone;
    }

    /** Moves to another status; someone who left stays gone. */
    public void changeStatus(EmployeeStatus target) {
        if (status == EmployeeStatus.LEFT || target == status) {
            throw new DomainException("people.employee.statusMove", status.name(), target.name());
        }
        if (target == EmployeeStatus.PROBATION) {
            throw new DomainException("people.employee.statusMove", status.name(), target.name());
        }
        status = target;
    }

    /** Records where the employee is posted now ({@code null} site when off every site). */
    void postedAt(@Nullable Long siteId, @Nullable Long postId) {
        this.siteId = siteId;
        this.postId = postId;
    }

    public void linkUser(@Nullable Long userId) {
        this.userId = userId;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("heightCm", heightCm);
        map.put("name", fullName);
        map.put("phone", phone);
        map.put("address", address);
        map.put("familyContact", familyContactName == null ? null
                : familyContactName + " (" + familyContactRelation + ") " + familyContactPhone);
        map.put("branchId", branchId);
        map.put("siteId", siteId);
        map.put("postId", postId);
        map.put("status", status);
        map.put("userId", userId);
        return map;
    }

    public Long getId() {
        return id;
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

    public @Nullable String getAddress() {
        return address;
    }

    public @Nullable String getFamilyContactName() {
        return familyContactName;
    }

    public @Nullable String getFamilyContactRelation() {
        return familyContactRelation;
    }

    public @Nullable String getFamilyContactPhone() {
        return familyContactPhone;
    }

    public long getBranchId() {
        return branchId;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public @Nullable Long getPostId() {
        return postId;
    }

    public EmployeeStatus getStatus() {
        return status;
    }

    public LocalDate getHiredOn() {
        return hiredOn;
    }

    public @Nullable Long getUserId() {
        return userId;
    }

    public @Nullable Integer getHeightCm() {
        return heightCm;
    }

    public @Nullable Long getApplicantId() {
        return applicantId;
    }

}
