package org.garrison.testsupport.walk;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who a {@code @PreAuthorize} expression lets in, for the expressions the house rules allow:
 * {@code permitAll()}, {@code isAuthenticated()}, {@code hasAuthority('P')} and
 * {@code hasAnyAuthority('P', 'Q')} with {@link Permission} names, optionally followed by
 * {@code and principal.scope().isCompanyWide()}.
 *
 * @param anonymous whether a visitor who is not signed in is let in
 * @param authorities the authorities of which a signed-in user needs one; empty for every signed-in user
 * @param companyWideOnly whether the user's data scope must also be the whole company
 */
public record Access(boolean anonymous, Set<String> authorities, boolean companyWideOnly) {

    private static final String COMPANY_WIDE = " and principal.scope().isCompanyWide()";

    public Access(boolean anonymous, Set<String> authorities) {
        this(anonymous, authorities, false);
    }

    private static final Pattern HAS_AUTHORITY = Pattern.compile("hasAuthority\\(\\s*'([A-Z_]+)'\\s*\\)");

    private static final Pattern HAS_ANY_AUTHORITY = Pattern
        .compile("hasAnyAuthority\\(\\s*('[A-Z_]+'(?:\\s*,\\s*'[A-Z_]+')*)\\s*\\)");

    /**
     * Reads an expression; fails for anything else, because the walker could not know whom it admits.
     */
    public static Access of(@Nullable String expression) {
        if (expression == null) {
            throw new IllegalArgumentException("has no @PreAuthorize (on the method or its class)");
        }
        String text = expression.strip();
        if (text.endsWith(COMPANY_WIDE)) {
            var base = of(text.substring(0, text.length() - COMPANY_WIDE.length()));
            return new Access(false, base.authorities(), true);
        }
        if (text.equals("permitAll()")) {
            return new Access(true, Set.of());
        }
        if (text.equals("isAuthenticated()")) {
            return new Access(false, Set.of());
        }
        var single = HAS_AUTHORITY.matcher(text);
        if (single.matches()) {
            return new Access(false, permissions(single.group(1)));
        }
        var any = HAS_ANY_AUTHORITY.matcher(text);
        if (any.matches()) {
            return new Access(false, permissions(any.group(1).replace("'", "").split(",")));
        }
        throw new IllegalArgumentException("has @PreAuthorize(\"" + expression + "\"), which the authorization walker "
                + "cannot evaluate: use permitAll(), isAuthenticated(), hasAuthority('P') or hasAnyAuthority('P', 'Q'), "
                + "or extend org.garrison.testsupport.walk.Access");
    }

    public boolean admits(UserDetails user) {
        if (companyWideOnly && !(user instanceof CurrentUser current && current.scope().isCompanyWide())) {
            return false;
        }
        return authorities.isEmpty()
                || user.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(authorities::contains);
    }

    private static Set<String> permissions(String... names) {
        return Arrays.stream(names).map(String::strip).map(name -> {
            try {
                return Permission.valueOf(name).authority();
            }
            catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("names the authority '" + name + "', which is no Permission", ex);
            }
        }).collect(Collectors.toUnmodifiableSet());
    }

}
