package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.garrison.duty.DutyPermissions;
import org.garrison.duty.PenaltyItem;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post-check book (查岗记录簿) and inspections (督察): recorded by those who may check, at sites in their scope; a
 * proposed penalty item becomes a violation draft once the check is published (at once, except a covert one).
 */
@Service
public class PostChecks {

    public static final String ENTITY = "PostCheck";

    private final PostCheckRepository checks;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final CheckViolations checkViolations;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    PostChecks(PostCheckRepository checks, OrganisationManagement organisation, PeopleManagement people,
            CheckViolations checkViolations, ApplicationEventPublisher events, Clock clock) {
        this.checks = checks;
        this.organisation = organisation;
        this.people = people;
        this.checkViolations = checkViolations;
        this.events = events;
        this.clock = clock;
    }

    /**
     * What a checker writes in the book.
     *
     * @param guardId the guard found at the post (or whose post it is), if named
     */
    public record CheckDraft(long siteId, @Nullable Long postId, CheckKind kind, @Nullable Long guardId,
            boolean guardPresent, Set<CheckItem> failed, @Nullable String findings, @Nullable LocalDate rectifyBy,
            @Nullable PenaltyItem proposedItem) {
    }

    /**
     * Records a check as the signed-in user.
     *
     * @throws DomainException for a site outside the user's scope, a covert inspection by someone who may not
     *     make one, a guard not at the site, or a finding without a rectification day
     */
    @Transactional
    public long record(CurrentUser user, CheckDraft draft) {
        return recordAt(user, draft, clock.instant());
    }

    /** Records a check made at an earlier time (demo data). */
    @Transactional
    long recordAt(CurrentUser user, CheckDraft draft, Instant checkedAt) {
        var site = new SiteId(draft.siteId());
        if (!organisation.covers(user.scope(), site)) {
            throw new DomainException("duty.siteOutOfScope");
        }
        if (draft.kind() == CheckKind.COVERT && !user.can(DutyPermissions.DUTY_COVERT)) {
            throw new DomainException("duty.check.covertNotAllowed");
        }
        if (draft.postId() != null) {
            organisation.requirePostOfSite(site, new PostId(draft.postId()));
        }
        String guardName = null;
        if (draft.guardId() != null) {
            guardName = people.colleaguesAt(site)
                .stream()
                .filter(c -> c.id().value() == draft.guardId())
                .findFirst()
                .orElseThrow(() -> new DomainException("duty.check.guardNotAtSite"))
                .name();
        }
        var check = checks.save(new PostCheck(site.value(), draft.postId(), user.id(), user.displayName(),
                CheckerRole.of(user.roleCodes()), draft.kind(), checkedAt, LocalDate.ofInstant(checkedAt, clock.getZone()),
                draft.guardId(), guardName,
                draft.guardPresent(), draft.failed(), draft.findings(), draft.rectifyBy(), draft.proposedItem()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, check.getId(), organisation.siteName(site), null, check.snapshot()));
        checkViolations.raise(check);
        return check.getId();
    }

    /** Publishes a covert inspection, so the site sees it and its proposed violation is raised. */
    @Transactional
    public void publish(CurrentUser user, long id) {
        var check = visible(user, id);
        var before = check.snapshot();
        check.publish();
        events.publishEvent(AuditedChange.of("PUBLISH", ENTITY, id, organisation.siteName(new SiteId(check.getSiteId())),
                before, check.snapshot()));
        checkViolations.raise(check);
    }

    /** One page of the checks the user may see, newest first, optionally of one site or kind. */
    @Transactional(readOnly = true)
    public Page<CheckRow> list(CurrentUser user, @Nullable Long siteId, @Nullable CheckKind kind, Pageable pageable) {
        Specification<PostCheck> spec = seenBy(user);
        if (siteId != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        if (kind != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("kind"), kind));
        }
        var found = checks.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "checkedAt", "id")));
        var names = organisation.siteNamesById(found.getContent().stream().map(PostCheck::getSiteId).toList());
        return found.map(c -> CheckRow.of(c, Objects.requireNonNullElse(names.get(c.getSiteId()), "")));
    }

    @Transactional(readOnly = true)
    public CheckRow card(CurrentUser user, long id) {
        var check = visible(user, id);
        return CheckRow.of(check, organisation.siteName(new SiteId(check.getSiteId())));
    }

    @Transactional(readOnly = true)
    public boolean exists(CurrentUser user, long id) {
        return checks.exists(seenBy(user).and(withId(id)));
    }

    /** The published checks with a finding at sites in scope on the days from {@code from} to {@code to}. */
    @Transactional(readOnly = true)
    public List<PostCheck> findings(DataScope scope, LocalDate from, LocalDate to) {
        Specification<PostCheck> spec = organisation.siteFilter(scope).<PostCheck>on("siteId")
            .and((root, query, cb) -> cb.and(cb.isTrue(root.get("published")),
                    cb.between(root.get("checkedOn"), from, to),
                    cb.or(cb.isNotNull(root.get("findings")), cb.isNotEmpty(root.get("failedItems")))));
        return checks.findAll(spec, Sort.by("checkedAt", "id"));
    }

    private PostCheck visible(CurrentUser user, long id) {
        return checks.findOne(seenBy(user).and(withId(id))).orElseThrow(() -> new NotFoundException("entity.postCheck", id));
    }

    /** Checks at the sites in the user's scope; unpublished covert ones only for those who may see them (R8). */
    private Specification<PostCheck> seenBy(CurrentUser user) {
        Specification<PostCheck> spec = organisation.siteFilter(user.scope()).on("siteId");
        if (!user.can(DutyPermissions.DUTY_COVERT)) {
            spec = spec.and((root, query, cb) -> cb.isTrue(root.get("published")));
        }
        return spec;
    }

    /** A check as the book shows it. */
    public record CheckRow(long id, long siteId, String siteName, @Nullable Long postId, String checkerName,
            CheckerRole checkerRole, CheckKind kind, Instant checkedAt, @Nullable String guardName, boolean guardPresent,
            List<CheckItem> failedItems, @Nullable String findings, @Nullable LocalDate rectifyBy,
            @Nullable PenaltyItem proposedItem, @Nullable Long violationId, boolean published) {

        static CheckRow of(PostCheck c, String siteName) {
            return new CheckRow(c.getId(), c.getSiteId(), siteName, c.getPostId(), c.getCheckerName(), c.getCheckerRole(),
                    c.getKind(), c.getCheckedAt(), c.getGuardName(), c.isGuardPresent(),
                    c.getFailedItems().stream().sorted().toList(), c.getFindings(), c.getRectifyBy(), c.getProposedItem(),
                    c.getViolationId(), c.isPublished());
        }

        public boolean hasFinding() {
            return !failedItems.isEmpty() || findings != null;
        }

    }

    private static Specification<PostCheck> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

}
