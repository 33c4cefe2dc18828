package org.garrison.approvals.internal;

import java.util.List;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The chains administrators define, one per request type; a change applies to requests submitted after it. */
@Service
public class ApprovalChains {

    private static final String ENTITY = "ApprovalChain";

    private final ApprovalChainRepository chains;

    private final ApplicationEventPublisher events;

    ApprovalChains(ApprovalChainRepository chains, ApplicationEventPublisher events) {
        this.chains = chains;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ApprovalChain> list() {
        var all = chains.findAllByOrderByTypeAsc();
        all.forEach(ApprovalChain::getSteps); // loaded here: views render after the transaction
        return all;
    }

    @Transactional(readOnly = true)
    public ApprovalChain get(String type) {
        var chain = chains.findByType(type).orElseThrow(() -> new NotFoundException("entity.approvalChain", type));
        chain.getSteps(); // loaded here: views render after the transaction
        return chain;
    }

    @Transactional(readOnly = true)
    public boolean exists(String type) {
        return chains.existsByType(type);
    }

    @Transactional
    public ApprovalChain create(ChainDetails details) {
        if (chains.existsByType(details.type())) {
            throw new DomainException("approvals.chain.typeTaken", details.type());
        }
        var chain = chains.save(new ApprovalChain(details.type(), details.labelZh(), details.labelEn(), details.steps()));
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, chain.getId(), chain.getType(), null, chain.snapshot()));
        return chain;
    }

    @Transactional
    public void update(String type, ChainDetails details) {
        var chain = get(type);
        var before = chain.snapshot();
        chain.change(details.labelZh(), details.labelEn(), details.steps());
        events.publishEvent(AuditedChange.of("UPDATE", ENTITY, chain.getId(), chain.getType(), before, chain.snapshot()));
    }

    /** A chain as an administrator enters it. */
    public record ChainDetails(String type, String labelZh, String labelEn, List<ChainStep> steps) {
    }

}
