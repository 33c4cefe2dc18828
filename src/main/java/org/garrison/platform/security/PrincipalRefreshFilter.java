package org.garrison.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.garrison.identity.IdentityManagement;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a session's rights current: when an administrator changes a signed-in user's roles, scope or
 * role permissions, the next request uses the new rights; a disabled user's session ends at once.
 */
class PrincipalRefreshFilter extends OncePerRequestFilter {

    private static final List<String> STATIC = List.of("/css/", "/js/", "/img/", "/vendor/", "/webjars/",
            "/favicon.ico");

    /** A module's web app manifest and service worker, e.g. the guard's /patrol/sw.js. */
    private static final List<String> APP_FILES = List.of("/manifest.webmanifest", "/sw.js");

    private final IdentityManagement identity;

    private final SecurityContextRepository contexts;

    PrincipalRefreshFilter(IdentityManagement identity, SecurityContextRepository contexts) {
        this.identity = identity;
        this.contexts = contexts;
    }

    /**
     * Static files (styles, scripts, WebJars, icons, the guard's app manifest and worker) carry no data: no need to
     * check rights for them.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC.stream().anyMatch(path::startsWith)
                || path.indexOf('/', 1) == path.lastIndexOf('/') && APP_FILES.stream().anyMatch(path::endsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof UserDetails principal) {
            var current = identity.current(principal);
            if (current.isEmpty()) {
                SecurityContextHolder.clearContext();
                var session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
            if (current.get() != principal) {
                var context = SecurityContextHolder.createEmptyContext();
                var refreshed = UsernamePasswordAuthenticationToken.authenticated(current.get(), null,
                        current.get().getAuthorities());
                refreshed.setDetails(authentication.getDetails());
                context.setAuthentication(refreshed);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

}
