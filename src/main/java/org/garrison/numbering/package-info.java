/**
 * Readable form numbers for every module (prefix + date + sequence, e.g. {@code 附件-合同-20230101-001}):
 * gap-free per series and day and unique under concurrency, across nodes sharing one database.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.garrison.numbering;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
