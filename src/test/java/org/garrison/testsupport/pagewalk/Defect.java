package org.garrison.testsupport.pagewalk;

/**
 * One thing wrong on one page, as the checks see it.
 *
 * @param check what kind of check found it: {@code TEXT}, {@code CSRF}, {@code STATUS} or {@code OVERFLOW}
 * @param detail what exactly, stable across runs: for {@code TEXT} the kind of raw text ({@code key}, {@code null},
 *     {@code code}, {@code instant}), for {@code CSRF} the form's action, for {@code STATUS} the status code, empty
 *     for {@code OVERFLOW}
 * @param token the offending text itself (a code, a key, a form's action, a status), for the report's summary
 * @param context the offending text with some of its surroundings, for people reading the report
 */
public record Defect(String check, String detail, String token, String context) {

}
