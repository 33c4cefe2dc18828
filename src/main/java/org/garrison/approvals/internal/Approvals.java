package org.garrison.approvals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import org.garrison.approvals.RequestType;
import org.garrison.approvals.SubmitApproval;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.InternalLinks;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for approval: submitted with the steps their chain resolves to, listed and decided only by
 * users who may see them (their own, or within their scope at a step of one of their roles).
 */
@Service
public class Approvals {

    private static final String ENTITY = "ApprovalRequest";

    private final ApprovalRequestRepository requests;

    private final ApprovalChainRepository chains;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Approvals(ApprovalRequestRepository requests, ApprovalChainRepository chains, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.chains = chains;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Submits a request for the submitter, who needs the permission of its type ({@link RequestType}); the one
     * check for every way in (the API, and the modules that submit for the signed-in user).
     *
     * @throws AccessDeniedException when the submitter may not submit requests of this type
     */
    @Transactional
    public ApprovalRequest submit(CurrentUser submitter, SubmitApproval submission) {
        if (!submitter.can(RequestType.submitPermissionOf(submission.type()))) {
            throw new AccessDeniedException("may not submit requests of type " + submission.type());
        }
        if (submission.subject().isBlank()) {
            throw new DomainException("approvals.subjectRequired");
        }
        String link = submission.link();
        if (link != null && !InternalLinks.isInternal(link)) {
            throw new DomainException("approvals.badLink");
        }
        BigDecimal amount = submission.amount();
        if (amount != null && amount.signum() < 0) {
            throw new DomainException("approvals.negativeAmount");
        }
        Long siteId = submission.siteId() == null ? null : submission.siteId().value();
        if (siteId != null && !organisation.covers(submitter.scope(), new SiteId(siteId))) {
            throw new NotFoundException("entity.site", siteId);
        }
        var chain = chains.findByType(submission.type())
            .orElseThrow(() -> new DomainException("approvals.unknownType", submission.type()));
        var steps = chain.resolve(amount, submission.flags());
        var request = requests.save(new ApprovalRequest(chain.getType(), submission.subject().strip(), amount,
                submission.flags(), submission.link(), siteId, steps, submitter, clock.instant()));
        requests.save(request.submitted(clock.instant()));
        events.publishEvent(AuditedChange.of("SUBMIT", ENTITY, request.getId(), request.getSubject(), null, request.snapshot()));
        return request;
    }

    /** What waits for the user's decision, oldest first. */
    @Transactional(readOnly = true)
    public List<ApprovalRequest> inbox(CurrentUser user) {
        return requests.findAll(ApprovalVisibility.awaiting(user, organisation.siteFilter(user.scope())), Sort.by("submittedAt", "id"));
    }

    /** One page of the requests waiting for the user's decision, oldest first; paged in the query. */
    @Transactional(readOnly = true)
    public Page<ApprovalRequest> inbox(CurrentUser user, Pageable pageable) {
        return requests.findAll(ApprovalVisibility.awaiting(user, organisation.siteFilter(user.scope())),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("submittedAt", "id")));
    }

    /** The user's own requests, newest first. */
    @Transactional(readOnly = true)
    public List<ApprovalRequest> mine(CurrentUser user) {
        return requests.findAll(ApprovalVisibility.submittedBy(user), Sort.by(Sort.Direction.DESC, "submittedAt", "id"));
    }

    /** A request with its steps and history; unknown and invisible ids are both not found. */
    @Transactional(readOnly = true)
    public ApprovalRequest get(CurrentUser user, long id) {
        var request = load(user, id);
        request.getSteps(); // loaded here: views render after the transaction (open-in-view is off)
        request.getHistory();
        return request;
    }

    @Transactional
    public ApprovalRequest approve(CurrentUser approver, long id, @Nullable String comment) {
        return act(approver, id, "APPROVE", r -> r.approve(approver, comment, clock.instant()));
    }

    @Transactional
    public ApprovalRequest reject(CurrentUser approver, long id, @Nullable String comment) {
        return act(approver, id, "REJECT", r -> r.reject(approver, comment, clock.instant()));
    }

    @Transactional
    public ApprovalRequest sendBack(CurrentUser approver, long id, @Nullable String comment) {
        return act(approver, id, "RETURN", r -> r.sendBack(approver, comment, clock.instant()));
    }

    @Transactional
    public ApprovalRequest resubmit(CurrentUser submitter, long id, @Nullable String comment) {
        return act(submitter, id, "RESUBMIT", r -> r.resubmit(submitter, comment, clock.instant()));
    }

    private ApprovalRequest act(CurrentUser user, long id, String action, Consumer<ApprovalRequest> move) {
        var request = load(user, id);
        var before = request.snapshot();
        move.accept(request);
        requests.save(request);
        events.publishEvent(AuditedChange.of(action, ENTITY, id, request.getSubject(), before, request.snapshot()));
        return request;
    }

    private ApprovalRequest load(CurrentUser user, long id) {
        Specification<ApprovalRequest> visible = ApprovalVisibility.visibleTo(user, organisation.siteFilter(user.scope()));
        return requests.findOne(visible.and(ApprovalVisibility.withId(id)))
            .orElseThrow(() -> new NotFoundException("entity.approval", id));
    }

}
