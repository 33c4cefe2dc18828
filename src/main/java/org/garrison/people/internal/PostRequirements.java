package org.garrison.people.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.PostChoice;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certificates each post requires (岗位证书要求), within the user's data scope; the eligibility rules check
 * an applicant's against the plan's post, the on-duty gate an employee's against the post they go to.
 */
@Service
@Transactional
public class PostRequirements {

    private final PostRequirementRepository requirements;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    PostRequirements(PostRequirementRepository requirements, OrganisationManagement organisation,
            ApplicationEventPublisher events) {
        this.requirements = requirements;
        this.organisation = organisation;
        this.events = events;
    }

    /** A post of a site in the scope and the certificate kinds it requires (empty for none). */
    public record PostCertificates(PostChoice post, Set<CertificateKind> certificates) {

        public PostCertificates {
            certificates = Set.copyOf(certificates);
        }

        /** The kinds in the enum's order, for a stable display. */
        public List<CertificateKind> sorted() {
            return certificates.stream().sorted().toList();
        }

    }

    /** The certificate kinds a post requires; none for no post. */
    @Transactional(readOnly = true)
    public Set<CertificateKind> of(@Nullable Long postId) {
        return postId == null ? Set.of()
                : requirements.findById(postId).map(PostRequirement::getCertificateKinds).orElse(Set.of());
    }

    /** Every active post of the sites in the scope with what it requires, by site and name. */
    @Transactional(readOnly = true)
    public List<PostCertificates> inScope(DataScope scope) {
        var posts = organisation.postsIn(scope);
        Map<Long, Set<CertificateKind>> byPost = requirements
            .findByPostIdIn(posts.stream().map(p -> p.id().value()).toList())
            .stream()
            .collect(Collectors.toMap(PostRequirement::getPostId, PostRequirement::getCertificateKinds));
        return posts.stream()
            .map(p -> new PostCertificates(p, byPost.getOrDefault(p.id().value(), Set.of())))
            .toList();
    }

    /** What an active post of a site in the scope requires; not found outside it. */
    @Transactional(readOnly = true)
    public PostCertificates get(DataScope scope, long postId) {
        return new PostCertificates(post(scope, postId), of(postId));
    }

    /** Sets what an active post of a site in the scope requires; audited. */
    public PostCertificates change(DataScope scope, long postId, Set<CertificateKind> kinds) {
        var post = post(scope, postId);
        var requirement = requirements.findById(postId).orElseGet(() -> new PostRequirement(postId));
        var before = Map.<String, Object>of("certificates", names(requirement.getCertificateKinds()));
        requirement.require(kinds);
        requirements.save(requirement);
        events.publishEvent(AuditedChange.of("UPDATE", "PostRequirement", postId, post.name(), before,
                Map.of("certificates", names(kinds))));
        return new PostCertificates(post, kinds);
    }

    private PostChoice post(DataScope scope, long postId) {
        return organisation.postsIn(scope)
            .stream()
            .filter(p -> p.id().value() == postId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("entity.post", postId));
    }

    private static String names(Set<CertificateKind> kinds) {
        return kinds.isEmpty() ? "" : EnumSet.copyOf(kinds).stream().map(Enum::name).collect(Collectors.joining(","));
    }

}
