/**
 * Moving in from Excel (导入): a company's spreadsheets of employees, clients with contacts, sites with posts and
 * checkpoints taken in as long jobs, every row answered in a downloadable report, each row through the owning
 * module's services, and the same file imported twice storing nothing twice.
 */
@ApplicationModule(allowedDependencies = { "longjobs", "organisation", "patrols", "people" })
@NullMarked
package org.garrison.imports;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
