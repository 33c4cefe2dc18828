package org.garrison.servicedesk.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An editable complaint type (投诉类型: attitude, absence, patrol, access control, cleaning, …). */
@Entity
@Table(name = "sd_complaint_type")
public class ComplaintType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private boolean active;

    protected ComplaintType() {
    }

    public ComplaintType(String code, String nameZh, String nameEn) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.active = true;
    }

    public void rename(String nameZh, String nameEn, boolean active) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public boolean isActive() {
        return active;
    }

}
