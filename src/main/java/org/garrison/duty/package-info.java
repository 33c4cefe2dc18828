/**
 * The duty books (四簿 and 一会 of seed 002): the handover book (交接班记录簿), the post-check book (查岗记录簿)
 * with open and covert inspections (督察 明查暗访), dispatch meetings (调度会) with their action items, talk records
 * (谈心记录), the 四查/五防 check lists, and the register of violation drafts that a team leader or supervisor
 * confirms or dismisses for appraisal.
 */
@ApplicationModule(allowedDependencies = { "attendance", "documents", "identity", "organisation", "people", "rosters", "servicedesk",
        "siteops" })
@NullMarked
package org.garrison.duty;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
