package org.garrison.people.internal;

/** Highest completed schooling, lowest first (the order the eligibility rule compares). */
public enum Education {

    PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, VOCATIONAL, COLLEGE, BACHELOR;

    public boolean atLeast(Education other) {
        return compareTo(other) >= 0;
    }

    public String messageKey() {
        return "people.education." + name();
    }

}
