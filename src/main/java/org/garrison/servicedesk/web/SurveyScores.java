package org.garrison.servicedesk.web;

import java.util.HashMap;
import java.util.Map;

import org.garrison.shared.DomainException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

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

    /**
     * Shows a refused answer on the questionnaire again: the fields as sent under {@code answers}, with the
     * refusal as their form-wide error (the questions vary, so the fields are bound as a map).
     */
    static void refused(Model model, Map<String, String> fields, DomainException refusal) {
        var errors = new MapBindingResult(new HashMap<>(fields), "answers");
        errors.reject(refusal.messageKey(), refusal.arguments(), null);
        model.addAttribute("answers", errors.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answers", errors);
    }

    /** The questionnaire's (empty) answers, unless a refused answer is shown again. */
    static void blank(Model model) {
        if (!model.containsAttribute("answers")) {
            model.addAttribute("answers", new HashMap<String, String>());
        }
    }

    static String comment(Map<String, String> fields) {
        String comment = fields.getOrDefault("comment", "");
        if (comment.length() > MAX_COMMENT) {
            throw new DomainException("servicedesk.survey.commentTooLong", MAX_COMMENT);
        }
        return comment;
    }

}
