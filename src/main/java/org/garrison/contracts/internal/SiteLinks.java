package org.garrison.contracts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.garrison.contracts.StaffingNeed;
import org.garrison.contracts.StartUpTaskId;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.BranchId;
import org.garrison.shared.ClientId;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/** At signing, the sites and posts the signed proposal names, created or linked in the organisation. */
@Component
class SiteLinks {

    private final OrganisationManagement organisation;

    private final ContractSites contractSites;

    SiteLinks(OrganisationManagement organisation, ContractSites contractSites) {
        this.organisation = organisation;
        this.contractSites = contractSites;
    }

    /**
     * The site of each site code in the proposal, created in the branch when missing, recorded as the
     * contract's sites; the client becomes an active client.
     */
    Map<String, SiteId> link(Contract contract, ProposalVersion version, BranchId branch) {
        var sites = new LinkedHashMap<String, SiteId>();
        var client = new ClientId(contract.getClientId());
        organisation.clientSigned(client);
        for (ServiceLine line : version.getLines()) {
            if (!sites.containsKey(line.getSiteCode())) {
                var site = organisation.siteForClient(branch, client, line.getSiteCode(), line.getSiteName());
                contractSites.add(contract.getId(), site.value(), line.getSiteCode());
                sites.put(line.getSiteCode(), site);
            }
        }
        return sites;
    }

    /** One staffing need per guarding line, its post created or linked, tied to its site's staffing task. */
    List<StaffingNeed> staffing(Contract contract, ProposalVersion version, Map<String, SiteId> sites,
            Map<Long, Long> staffingTaskBySite) {
        var needs = new ArrayList<StaffingNeed>();
        for (ServiceLine line : version.getLines()) {
            if (!line.getKind().isGuarding()) {
                continue;
            }
            var site = Objects.requireNonNull(sites.get(line.getSiteCode()));
            String postName = Objects.requireNonNull(line.getPostName());
            var post = organisation.postAt(site, postName);
            needs.add(new StaffingNeed(new StartUpTaskId(Objects.requireNonNull(staffingTaskBySite.get(site.value()))), site, post,
                    postName, line.guardsNeeded(), line.getMinHeightCm(), line.getRequirements(),
                    Objects.requireNonNull(contract.getStarts())));
        }
        return needs;
    }

}
