package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.List;

import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.rosters.internal.solver.RosterSolver;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Service;

/**
 * Proposes a roster for a site, a branch or the company and a period (a week to a month) as a long job: builds
 * the problem, solves it within the time limit and stores the result as a draft with its explanations.
 */
@Service
public class AutoRostering {

    static final int MAX_DAYS = 31;

    private final RosterProblems problems;

    private final RosterDrafts drafts;

    private final LongJobs jobs;

    private final OrganisationManagement organisation;

    private final RosterSettings settings;

    AutoRostering(RosterProblems problems, RosterDrafts drafts, LongJobs jobs, OrganisationManagement organisation,
            RosterSettings settings) {
        this.problems = problems;
        this.drafts = drafts;
        this.jobs = jobs;
        this.organisation = organisation;
        this.settings = settings;
    }

    /** What to roster: a scope within the user's and a period. */
    public record Request(ScopeLevel level, Long ref, LocalDate first, LocalDate last) {
    }

    /**
     * Starts the job for the signed-in user; refuses a scope outside theirs, a bad period, or one with no post
     * requirement at all.
     *
     * @return the job id
     */
    public long start(CurrentUser user, Request request) {
        var scope = scopeOf(user.scope(), request);
        if (request.last().isBefore(request.first())
                || request.last().toEpochDay() - request.first().toEpochDay() + 1 > MAX_DAYS) {
            throw new DomainException("rosters.period.invalid");
        }
        var problem = problems.build(scope, request.first(), request.first());
        if (problem.places().isEmpty()) {
            throw new DomainException("rosters.plan.noRequirement");
        }
        return jobs.start("rosters.solve", "rosters.job.title", List.of(request.first().toString(), request.last().toString()),
                progress -> {
                    progress.message("rosters.job.building");
                    var built = problems.build(scope, request.first(), request.last());
                    progress.message("rosters.job.solving", built.places().size());
                    var solved = new RosterSolver(settings.solveTime()).solve(built.plan());
                    long id = drafts.store(scope, request.first(), request.last(), built, solved, user.id());
                    return JobResult.summary("rosters.job.done", id, solved.score().mediumScore() == 0 ? 0
                            : -solved.score().mediumScore());
                }).value();
    }

    /** The scope asked for, if the user's scope covers it. */
    DataScope scopeOf(DataScope mine, Request request) {
        return switch (request.level()) {
            case COMPANY -> {
                if (!mine.isCompanyWide()) {
                    throw new DomainException("rosters.plan.scopeTooWide");
                }
                yield DataScope.company(mine.userId());
            }
            case BRANCH -> {
                if (!(mine.isCompanyWide() || mine.level() == ScopeLevel.BRANCH && request.ref().equals(mine.refId()))) {
                    throw new DomainException("rosters.plan.scopeTooWide");
                }
                yield new DataScope(ScopeLevel.BRANCH, request.ref(), mine.userId());
            }
            case SITE -> {
                organisation.requireSite(mine, new SiteId(request.ref()));
                yield new DataScope(ScopeLevel.SITE, request.ref(), mine.userId());
            }
            default -> throw new DomainException("rosters.plan.scopeTooWide");
        };
    }

}
