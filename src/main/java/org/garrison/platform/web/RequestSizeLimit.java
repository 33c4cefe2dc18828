package org.garrison.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.garrison.platform.security.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies larger than {@code garrison.web.max-body-size} (uploads have their own,
 * larger multipart limit) before anything reads them: 413, as problem+json for the API.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final Problems problems;

    private final long maxBytes;

    RequestSizeLimit(Problems problems, @Value("${garrison.web.max-body-size:2MB}") DataSize maxBody) {
        this.problems = problems;
        this.maxBytes = maxBody.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        boolean multipart = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
        if (!multipart && request.getContentLengthLong() > maxBytes) {
            log.warn("Refused {} {} from {}: body of {} bytes exceeds {}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), request.getContentLengthLong(), maxBytes);
            problems.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }

}
