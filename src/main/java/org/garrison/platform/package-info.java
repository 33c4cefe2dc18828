/**
 * What every screen and request stands on: web security (form sign-in, bearer tokens, CSRF, CSP),
 * locale, error pages and problem+json, navigation, and cluster-safe scheduled jobs.
 */
@ApplicationModule(allowedDependencies = { "identity", "organisation" })
@NullMarked
package org.garrison.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
