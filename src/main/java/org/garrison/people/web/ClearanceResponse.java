package org.garrison.people.web;

import java.util.List;

/** The on-duty gate's answer for an employee: cleared, or the reasons why not (key and text). */
record ClearanceResponse(long employeeId, boolean cleared, List<Reason> reasons) {

    record Reason(String code, String message) {
    }

}
