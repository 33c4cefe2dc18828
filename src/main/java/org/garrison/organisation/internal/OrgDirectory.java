package org.garrison.organisation.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.garrison.organisation.internal.OrgStructure.SiteFilter;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read views of the organisation within a data scope: the whole tree, site rows carrying their
 * branch and client names, and a site with its posts. Three queries at most, whatever the size.
 */
@Service
@Transactional(readOnly = true)
public class OrgDirectory {

    private final OrgStructure structure;

    private final BranchRepository branches;

    private final ClientRepository clients;

    OrgDirectory(OrgStructure structure, BranchRepository branches, ClientRepository clients) {
        this.structure = structure;
        this.branches = branches;
        this.clients = clients;
    }

    /** Company → branches → sites → posts, cut down to what the scope covers. */
    public OrgTree tree(DataScope scope) {
        var rows = sites(scope, SiteFilter.none());
        var postsBySite = structure.posts(rows.stream().map(SiteRow::id).toList())
            .stream()
            .collect(Collectors.groupingBy(Post::getSiteId));
        var sitesByBranch = rows.stream()
            .collect(Collectors.groupingBy(SiteRow::branchId,
                    Collectors.mapping(row -> new SiteWithPosts(row, postsBySite.getOrDefault(row.id(), List.of())),
                            Collectors.toList())));
        var branchNodes = structure.branches(scope)
            .stream()
            .map(branch -> new BranchNode(branch, sitesByBranch.getOrDefault(branch.getId(), List.of())))
            .toList();
        return new OrgTree(structure.company(), branchNodes);
    }

    /** The sites within the scope that match the filter, with their branch and client names. */
    public List<SiteRow> sites(DataScope scope, SiteFilter filter) {
        return rows(structure.sites(scope, filter));
    }

    /** One page of the sites within the scope that match the filter, paged in the query. */
    public Page<SiteRow> sites(DataScope scope, SiteFilter filter, Pageable pageable) {
        var page = structure.sites(scope, filter, pageable);
        return new PageImpl<>(rows(page.getContent()), page.getPageable(), page.getTotalElements());
    }

    /** One site within the scope with its posts; unknown or out-of-scope ids are not found. */
    public SiteWithPosts site(DataScope scope, long id) {
        return new SiteWithPosts(row(structure.site(scope, id)), structure.posts(List.of(id)));
    }

    /** A site just loaded within a scope (or just created), as lists show it. */
    public SiteRow row(Site site) {
        return rows(List.of(site)).get(0);
    }

    private List<SiteRow> rows(List<Site> sites) {
        var branchNames = names(branches.findAllById(ids(sites, Site::getBranchId)), Branch::getId, Branch::getName);
        var clientNames = names(clients.findAllById(ids(sites, Site::getClientId)), Client::getId, Client::getName);
        return sites.stream()
            .map(site -> new SiteRow(site.getId(), site.getCode(), site.getName(), site.getAddress(), site.isActive(),
                    site.getBranchId(), branchNames.getOrDefault(site.getBranchId(), ""), site.getClientId(),
                    site.getClientId() == null ? null : clientNames.get(site.getClientId())))
            .toList();
    }

    private static Collection<Long> ids(List<Site> sites, Function<Site, @Nullable Long> id) {
        return sites.stream().map(id).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static <T> Map<Long, String> names(List<T> rows, Function<T, Long> id, Function<T, String> name) {
        return rows.stream().collect(Collectors.toMap(id, name));
    }

    /** A site as lists show it. */
    public record SiteRow(long id, String code, String name, @Nullable String address, boolean active, long branchId,
            String branchName, @Nullable Long clientId, @Nullable String clientName) {
    }

    public record SiteWithPosts(SiteRow site, List<Post> posts) {
    }

    public record BranchNode(Branch branch, List<SiteWithPosts> sites) {
    }

    public record OrgTree(Company company, List<BranchNode> branches) {
    }

}
