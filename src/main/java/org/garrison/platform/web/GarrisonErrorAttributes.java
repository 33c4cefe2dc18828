package org.garrison.platform.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors that never reach a controller (refused by the security filters, e.g. a missing CSRF token,
 * or by the servlet container) still get a message key, so the error page explains them in the
 * user's language.
 */
@Component
public class GarrisonErrorAttributes extends DefaultErrorAttributes {

    /** Request attribute a filter sets to name the message of the error it sends. */
    public static final String MESSAGE_KEY = "garrison.error.messageKey";

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        Object key = request.getAttribute(MESSAGE_KEY, RequestAttributes.SCOPE_REQUEST);
        int status = attributes.get("status") instanceof Integer code ? code : 500;
        attributes.put("messageKey", key != null ? key : keyFor(status));
        attributes.put("messageArgs", new Object[0]);
        return attributes;
    }

    static String keyFor(int status) {
        return switch (status) {
            case 400 -> "error.badRequest";
            case 401 -> "error.unauthenticated";
            case 403 -> "error.forbidden";
            case 404 -> "error.noSuchPage";
            case 405 -> "error.methodNotAllowed";
            case 413 -> "error.tooLarge";
            case 415 -> "error.unsupportedMediaType";
            default -> "error.generic";
        };
    }

}
