/**
 * The organisation tree (company → branches 大队 → sites 驻点 → posts 岗位) and the clients who own
 * sites; turns a user's data scope into the sites and clients the user may see.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.garrison.organisation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
