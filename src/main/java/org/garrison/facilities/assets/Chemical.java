package org.garrison.facilities.assets;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A chemical of the allowed list (药剂): its name, its pesticide registration number (农药登记证号) and whether it is
 * low-toxicity by the national standard. A treatment may use only an active, low-toxicity chemical of the list.
 */
@Entity
@Table(name = "fa_chemical")
class Chemical {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    private String registrationNo;

    private boolean lowToxicity;

    private boolean active;

    @Version
    private long version;

    protected Chemical() {
    }

    Chemical(String name, String registrationNo, boolean lowToxicity) {
        this.name = name.strip();
        this.registrationNo = registrationNo.strip();
        this.lowToxicity = lowToxicity;
        this.active = true;
    }

    /** Whether a treatment may use it now. */
    boolean allowed() {
        return active && lowToxicity;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getRegistrationNo() {
        return registrationNo;
    }

    boolean isLowToxicity() {
        return lowToxicity;
    }

    boolean isActive() {
        return active;
    }

}
