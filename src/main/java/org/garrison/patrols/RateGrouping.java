package org.garrison.patrols;

/** What completion rates are listed by. */
public enum RateGrouping {

    GUARD, SITE, BRANCH, ROUTE

}
