/**
 * People: hiring plans and the recruitment pipeline with eligibility rules, employee records with
 * certificates, training and exams, the site roster, and the on-duty gate that lets only cleared guards
 * be posted.
 */
@ApplicationModule(allowedDependencies = { "contracts", "identity", "longjobs", "organisation" })
@NullMarked
package org.garrison.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
