package org.garrison.platform.security;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.SignInThrottle;
import org.garrison.identity.SignInThrottledException;
import org.garrison.platform.PlatformPermissions;
import org.garrison.platform.web.GarrisonErrorAttributes;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Four filter chains: the REST API (bearer tokens, stateless, problem+json), the API documentation,
 * the actuator (health open to load balancers, the rest for {@link Permission#SYSTEM_MONITOR}) and
 * the web pages (form sign-in, session in the database, CSRF, strict CSP). Every controller method
 * also carries its own permission check.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfiguration.class);

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(org.springframework.context.ApplicationEventPublisher events) {
        return new DefaultAuthenticationEventPublisher(events);
    }

    /**
     * Passwords checked behind the per-address throttle; the account's state (locked, disabled) only after the
     * password, so that a locked account answers like a wrong password, in the same time.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            AuthenticationEventPublisher events, SignInThrottle throttle) {
        var provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPreAuthenticationChecks(user -> {
        });
        provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
        var manager = new ProviderManager(throttle.guarding(provider));
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, IdentityManagement identity, Problems problems) throws Exception {
        http.securityMatcher("/api/**")
            .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                .anyRequest().authenticated())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .addFilterBefore(new BearerTokenFilter(identity, problems), UsernamePasswordAuthenticationFilter.class)
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
                        HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
                .accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                        "error.forbidden")))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain docsChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CSP)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain actuatorChain(HttpSecurity http, IdentityManagement identity, Problems problems) throws Exception {
        http.securityMatcher("/actuator/**")
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .anyRequest().hasAuthority(PlatformPermissions.SYSTEM_MONITOR.authority()))
            .csrf(csrf -> csrf.disable())
            .addFilterBefore(new BearerTokenFilter(identity, problems), UsernamePasswordAuthenticationFilter.class)
            .exceptionHandling(errors -> errors
                .authenticationEntryPoint((request, response, ex) -> problems.write(request, response,
                        HttpStatus.UNAUTHORIZED, "error.unauthenticated"))
                .accessDeniedHandler((request, response, ex) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                        "error.forbidden")));
        return http.build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain webChain(HttpSecurity http, IdentityManagement identity, SecurityContextRepository contexts,
            AuthenticationManager authentication) throws Exception {
        // the sign-in form uses the same manager as the token endpoint: the throttle, then the password
        http.authenticationManager(authentication)
            .authorizeHttpRequests(requests -> requests
                .requestMatchers("/login", "/error", "/css/**", "/js/**", "/img/**", "/vendor/**", "/webjars/**",
                        "/favicon.ico", "/locale")
                .permitAll()
                // a module's web app manifest and service worker (the guard's /patrol/…) hold nothing secret; a phone
                // fetches them without its session to install the app ("添加到主屏幕") and to update the worker
                .requestMatchers(HttpMethod.GET, "/*/manifest.webmanifest", "/*/sw.js")
                .permitAll()
                // pages for people without an account (survey links, whistle-blowing form); each handler
                // still carries its own @PreAuthorize, and CSRF applies as everywhere
                .requestMatchers("/public/**")
                .permitAll()
                .anyRequest().authenticated())
            .securityContext(context -> context.securityContextRepository(contexts))
            .formLogin(form -> form.loginPage("/login").successHandler(new LocalSuccessRedirect()).failureHandler(loginFailure())
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .addFilterAfter(new PrincipalRefreshFilter(identity, contexts), SecurityContextHolderFilter.class)
            .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, ex) -> {
                boolean csrf = ex instanceof CsrfException;
                log.info("{} {} from {} refused with 403: {}", request.getMethod(), request.getRequestURI(),
                        request.getRemoteAddr(), csrf ? "missing or invalid CSRF token" : "not allowed");
                request.setAttribute(GarrisonErrorAttributes.MESSAGE_KEY, csrf ? "error.csrf" : "error.forbidden");
                response.sendError(HttpStatus.FORBIDDEN.value());
            }))
            // Security's no-store cache headers stay on pages (they are per user); it writes them only on responses
            // without Cache-Control, so static files keep the caching platform/web/StaticResources gives them.
            .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /**
     * Back to the sign-in page: throttled, or one answer for a wrong password, an unknown user and a locked or
     * disabled account (so the page does not tell which user names exist).
     */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof SignInThrottledException ? "/login?throttled" : "/login?error"));
    }

}
