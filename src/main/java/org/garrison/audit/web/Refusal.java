package org.garrison.audit.web;

/** A refused filter as the {@code fragments/forms :: refusal} fragment shows it. */
public record Refusal(String key, Object[] args) {
}
