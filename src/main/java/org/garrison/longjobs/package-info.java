/**
 * Long jobs: imports, exports and reports that run in the background with a progress bar, are found
 * again in "my jobs", keep their result file for download, and say why when they fail. Modules start
 * one with {@link org.garrison.longjobs.LongJobs#start}.
 */
@ApplicationModule(allowedDependencies = { "organisation" })
@NullMarked
package org.garrison.longjobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
