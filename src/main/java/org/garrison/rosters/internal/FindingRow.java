package org.garrison.rosters.internal;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.rosters.internal.solver.Finding;

/** A stored finding of a roster; arguments are kept joined by a unit separator. */
@Entity
@Table(name = "ros_finding")
public class FindingRow {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long rosterId;

    private String level;

    private String constraintName;

    private String messageKey;

    private String args;

    protected FindingRow() {
    }

    FindingRow(long rosterId, Finding finding) {
        this.rosterId = rosterId;
        this.level = finding.level().name();
        this.constraintName = finding.constraint();
        this.messageKey = finding.why().messageKey();
        String joined = String.join(SEPARATOR, finding.why().args());
        this.args = joined.length() > 1000 ? joined.substring(0, 1000) : joined;
    }

    public String getLevel() {
        return level;
    }

    public String getConstraintName() {
        return constraintName;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> args() {
        return args.isEmpty() ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

}
