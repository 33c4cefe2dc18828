package org.garrison.servicedesk.web;

import java.util.HashMap;
import java.util.Map;

import org.garrison.shared.DomainException;

/** Reads the scores of an answered questionnaire: fields {@code q<question id>} holding 1 to 5. */
final class SurveyScores {

    static final int MAX_COMMENT = 1000;

    private SurveyScores() {
    }

    static Map<Long, Integer> of(Map<String, String> fields) {
        var scores = new HashMap<Long, Integer>();
        for (var field : fields.entrySet()) {
            if (field.getKey().matches("q\\d{1,18}")) {
                try {
                    scores.put(Long.parseLong(field.getKey().substring(1)), Integer.parseInt(field.getValue().strip()));
                }
                catch (NumberFormatException ex) {
                    throw new DomainException("servicedesk.survey.incomplete");
                }
            }
        }
        return scores;
    }

    static String comment(Map<String, String> fields) {
        String comment = fields.getOrDefault("comment", "");
        if (comment.length() > MAX_COMMENT) {
            throw new DomainException("servicedesk.survey.commentTooLong", MAX_COMMENT);
        }
        return comment;
    }

}
