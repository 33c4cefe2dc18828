package org.garrison.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class GarrisonUserDetailsService implements UserDetailsService {

    private final UserRepository users;

    private final SecurityStamps stamps;

    private final Clock clock;

    GarrisonUserDetailsService(UserRepository users, SecurityStamps stamps, Clock clock) {
        this.users = users;
        this.stamps = stamps;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsernameIgnoreCase(username.trim())
            .map(this::principalOf)
            .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<GarrisonPrincipal> loadById(long id) {
        return users.findWithRolesById(id).filter(User::isEnabled).map(this::principalOf);
    }

    @Transactional(readOnly = true)
    public java.util.List<String> roleNames(long id, java.util.Locale locale) {
        return users.findWithRolesById(id)
            .map(user -> user.getRoles().stream().map(role -> role.name(locale)).sorted().toList())
            .orElse(java.util.List.of());
    }

    private GarrisonPrincipal principalOf(User user) {
        return new GarrisonPrincipal(user, user.isLockedAt(clock.instant()), stamps.of(user.getId()).orElse(-1L));
    }

}
