package org.garrison.platform.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * After signing in, back to the page that asked for it, or home. Spring Security keeps that page as an absolute URL
 * built from the request's {@code Host} header; only its path and query are used here, so the redirect stays on this
 * server whatever host name the request claimed (and a path such as {@code //evil.example} goes home instead).
 */
class LocalSuccessRedirect extends SimpleUrlAuthenticationSuccessHandler {

    private final RequestCache requests = new HttpSessionRequestCache();

    LocalSuccessRedirect() {
        super("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        SavedRequest saved = requests.getRequest(request, response);
        if (saved == null) {
            handle(request, response, authentication);
            clearAuthenticationAttributes(request);
            return;
        }
        clearAuthenticationAttributes(request);
        getRedirectStrategy().sendRedirect(request, response, localTarget(saved.getRedirectUrl(), request.getContextPath()));
    }

    /** The path and query of the saved URL without the context path (the redirect strategy adds it), or home. */
    static String localTarget(String savedUrl, String contextPath) {
        URI uri;
        try {
            uri = URI.create(savedUrl);
        }
        catch (IllegalArgumentException notAUri) {
            return "/";
        }
        String path = uri.getRawPath();
        if (path == null || !path.startsWith(contextPath)) {
            return "/";
        }
        path = path.substring(contextPath.length());
        if (!path.startsWith("/") || path.startsWith("//") || path.contains("\\")) {
            return "/";
        }
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

}
