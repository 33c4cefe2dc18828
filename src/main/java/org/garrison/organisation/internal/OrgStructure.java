package org.garrison.organisation.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.util.List;
import java.util.Locale;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company → branch → site → post tree, read within a data scope and changed with an audit trail. */
@Service
public class OrgStructure {

    private final CompanyRepository companies;

    private final BranchRepository branches;

    private final SiteRepository sites;

    private final PostRepository posts;

    private final ClientRepository clients;

    private final ApplicationEventPublisher events;

    OrgStructure(CompanyRepository companies, BranchRepository branches, SiteRepository sites, PostRepository posts,
            ClientRepository clients, ApplicationEventPublisher events) {
        this.companies = companies;
        this.branches = branches;
        this.sites = sites;
        this.posts = posts;
        this.clients = clients;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Company company() {
        return companies.findFirstByOrderByIdAsc().orElseThrow(() -> new IllegalStateException("company missing"));
    }

    @Transactional
    public Company ensureCompany(String nameZh, String nameEn) {
        return companies.findFirstByOrderByIdAsc().orElseGet(() -> companies.save(new Company(nameZh, nameEn)));
    }

    @Transactional
    public void renameCompany(String nameZh, String nameEn) {
        var company = company();
        var before = java.util.Map.of("nameZh", company.getNameZh(), "nameEn", company.getNameEn());
        company.rename(nameZh.strip(), nameEn.strip());
        events.publishEvent(AuditedChange.of("UPDATE", "Company", company.getId(), nameZh, before,
                java.util.Map.of("nameZh", company.getNameZh(), "nameEn", company.getNameEn())));
    }

    @Transactional(readOnly = true)
    public List<Branch> branches(DataScope scope) {
        return branches.findAll(Scopes.branches(scope), Sort.by("code"));
    }

    @Transactional(readOnly = true)
    public Branch branch(DataScope scope, long id) {
        return branches.findOne(Scopes.branches(scope).and((r, q, cb) -> cb.equal(r.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.branch", id));
    }

    @Transactional
    public Branch createBranch(String code, String name) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (branches.existsByCode(normalised)) {
            throw new DomainException("org.codeTaken", normalised);
        }
        var branch = branches.save(new Branch(company().getId(), normalised, name.strip()));
        events.publishEvent(AuditedChange.of("CREATE", "Branch", branch.getId(), branch.getName(), null, branch.snapshot()));
        return branch;
    }

    @Transactional
    public void updateBranch(DataScope scope, long id, String code, String name, boolean active) {
        var branch = branch(scope, id);
        var before = branch.snapshot();
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        if (!normalised.equals(branch.getCode()) && branches.existsByCode(normalised)) {
            throw new DomainException("org.codeTaken", normalised);
        }
        branch.change(normalised, name.strip(), active);
        events.publishEvent(AuditedChange.of("UPDATE", "Branch", id, branch.getName(), before, branch.snapshot()));
    }

    @Transactional(readOnly = true)
    public List<Site> sites(DataScope scope) {
        return sites.findAll(Scopes.sites(scope), Sort.by("code"));
    }

    /** The sites within the scope that match the filter, by code. */
    @Transactional(readOnly = true)
    public List<Site> sites(DataScope scope, SiteFilter filter) {
        return sites.findAll(siteSpec(scope, filter), Sort.by("code"));
    }

    /** One page of the sites within the scope that match the filter, by code; paged in the query. */
    @Transactional(readOnly = true)
    public Page<Site> sites(DataScope scope, SiteFilter filter, Pageable pageable) {
        return sites.findAll(siteSpec(scope, filter), withSort(pageable, Sort.by("code", "id")));
    }

    /** One page of the branches within the scope, by code; paged in the query. */
    @Transactional(readOnly = true)
    public Page<Branch> branches(DataScope scope, Pageable pageable) {
        return branches.findAll(Scopes.branches(scope), withSort(pageable, Sort.by("code", "id")));
    }

    private static Pageable withSort(Pageable pageable, Sort sort) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

    private static Specification<Site> siteSpec(DataScope scope, SiteFilter filter) {
        Specification<Site> spec = Scopes.sites(scope);
        if (filter.branchId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("branchId"), filter.branchId()));
        }
        if (filter.clientId() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("clientId"), filter.clientId()));
        }
        if (filter.active() != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("active"), filter.active()));
        }
        return spec;
    }

    @Transactional(readOnly = true)
    public Site site(DataScope scope, long id) {
        return sites.findOne(Scopes.sites(scope).and((r, q, cb) -> cb.equal(r.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.site", id));
    }

    @Transactional
    public Site createSite(DataScope scope, SiteDetails details) {
        String code = details.code().strip().toUpperCase(Locale.ROOT);
        if (sites.existsByCode(code)) {
            throw new DomainException("org.codeTaken", code);
        }
        requireParents(scope, details);
        var site = sites.save(new Site(details.branchId(), details.clientId(), code, details.name().strip(),
                blankToNull(details.address())));
        events.publishEvent(AuditedChange.of("CREATE", "Site", site.getId(), site.getName(), null, site.snapshot()));
        return site;
    }

    @Transactional
    public void updateSite(DataScope scope, long id, SiteDetails details, boolean active) {
        var site = site(scope, id);
        var before = site.snapshot();
        String code = details.code().strip().toUpperCase(Locale.ROOT);
        if (!code.equals(site.getCode()) && sites.existsByCode(code)) {
            throw new DomainException("org.codeTaken", code);
        }
        requireParents(scope, details);
        site.change(details.branchId(), details.clientId(), code, details.name().strip(), blankToNull(details.address()), active);
        events.publishEvent(AuditedChange.of("UPDATE", "Site", id, site.getName(), before, site.snapshot()));
    }

    @Transactional(readOnly = true)
    public List<Post> posts(List<Long> siteIds) {
        return siteIds.isEmpty() ? List.of() : posts.findBySiteIdInOrderBySiteIdAscNameAsc(siteIds);
    }

    @Transactional(readOnly = true)
    public Post post(DataScope scope, long id) {
        return posts.findOne(Scopes.posts(scope).and((r, q, cb) -> cb.equal(r.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.post", id));
    }

    @Transactional
    public Post createPost(DataScope scope, long siteId, String name, PostKind kind) {
        var site = site(scope, siteId);
        if (posts.existsBySiteIdAndName(siteId, name.strip())) {
            throw new DomainException("org.postNameTaken", name.strip());
        }
        var post = posts.save(new Post(site.getId(), name.strip(), kind));
        events.publishEvent(AuditedChange.of("CREATE", "Post", post.getId(), post.getName(), null, post.snapshot()));
        return post;
    }

    @Transactional
    public void updatePost(DataScope scope, long postId, String name, PostKind kind, boolean active) {
        var post = post(scope, postId);
        var before = post.snapshot();
        if (!name.strip().equals(post.getName()) && posts.existsBySiteIdAndName(post.getSiteId(), name.strip())) {
            throw new DomainException("org.postNameTaken", name.strip());
        }
        post.change(name.strip(), kind, active);
        events.publishEvent(AuditedChange.of("UPDATE", "Post", postId, post.getName(), before, post.snapshot()));
    }

    private void requireParents(DataScope scope, SiteDetails details) {
        branch(scope, details.branchId());
        if (details.clientId() != null && !clients.existsById(details.clientId())) {
            throw new NotFoundException("entity.client", details.clientId());
        }
    }

    /** Optional narrowing of a site list; {@code null} means any. */
    public record SiteFilter(@Nullable Long branchId, @Nullable Long clientId, @Nullable Boolean active) {

        public static SiteFilter none() {
            return new SiteFilter(null, null, null);
        }

    }

    public record SiteDetails(long branchId, @Nullable Long clientId, String code, String name, @Nullable String address) {
    }

}
