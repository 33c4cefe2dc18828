package org.garrison.facilities.feedback;

/** Where an improvement suggestion stands: proposed, then accepted or rejected, an accepted one then implemented. */
public enum SuggestionState {

    PROPOSED, ACCEPTED, REJECTED, IMPLEMENTED;

    public String messageKey() {
        return "facilities.suggestion.state." + name();
    }

}
