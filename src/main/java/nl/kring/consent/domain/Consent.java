package nl.kring.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A family's consent to show some categories of information about one youth to one recipient, for
 * a purpose, from a start date and optionally until an end date.
 *
 * <p>A consent is about exactly one youth, its subject, and follows that youth's age: who must approve
 * is decided by {@link ConsentAgeRules} on the day in question, not on the day the consent was asked.
 * A consent is <em>effective</em> at a moment when it is not withdrawn, the day lies within
 * [start, end], and everyone whose approval is required on that day has approved by then:
 *
 * <ul>
 *   <li>When the youth turns 12, the parents' earlier approvals stay valid and they are not asked
 *       again, but the youth's own approval is now required too. Until the youth approves, the
 *       consent is {@link PendingReason#YOUTH_TURNED_12 pending the youth} and nothing is shown.</li>
 *   <li>When the youth turns 16, the youth alone decides. If the youth approved earlier (from 12),
 *       the consent simply stays effective; otherwise it is
 *       {@link PendingReason#YOUTH_TURNED_16 pending the youth}.</li>
 *   <li>A youth's approval counts only if given on or after their 12th birthday; a parent's only
 *       while they hold parental authority (as recorded now).</li>
 * </ul>
 *
 * <p>Anyone whose approval is required on the day, or who approved, may withdraw the consent at any
 * moment; from that moment on it is {@link ConsentState.Withdrawn}. A required person who says no
 * withdraws. Nobody else can withdraw, and a withdrawal is final.
 *
 * <p>Questions come with a moment ({@link Instant}) or a day ({@link LocalDate}). A day means the end
 * of that day in Dutch time ({@link #ZONE}): everything recorded that day counts. For a live decision
 * whether to show something, pass the moment.
 *
 * @param id the consent's id
 * @param subjectId the family-member id of the youth the consent is about
 * @param categories what may be shown; at least one
 * @param purpose why, in the family's words; required
 * @param end the last day the consent holds, if any
 * @param approvals at most one per person
 */
public record Consent(
        UUID id,
        UUID subjectId,
        Recipient recipient,
        Set<Category> categories,
        String purpose,
        LocalDate start,
        Optional<LocalDate> end,
        List<Approval> approvals,
        Optional<Withdrawal> withdrawal) {

    /** Kring counts days, birthdays and periods in Dutch time. */
    public static final ZoneId ZONE = DutchTime.ZONE;

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(withdrawal, "withdrawal");
        categories = Set.copyOf(categories);
        approvals = List.copyOf(approvals);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a consent covers at least one category");
        }
        if (purpose.isBlank()) {
            throw new IllegalArgumentException("a consent needs a purpose");
        }
        if (end.filter(start::isAfter).isPresent()) {
            throw new IllegalArgumentException("a consent cannot end before it starts");
        }
        var approvers = new HashSet<UUID>();
        for (var approval : approvals) {
            if (!approvers.add(approval.memberId())) {
                throw new IllegalArgumentException("member " + approval.memberId() + " approved consent " + id + " twice");
            }
        }
    }

    /** A new consent that nobody has approved yet. */
    public static Consent propose(UUID id, UUID subjectId, Recipient recipient, Set<Category> categories, String purpose,
            LocalDate start, Optional<LocalDate> end) {
        return new Consent(id, subjectId, recipient, categories, purpose, start, end, List.of(), Optional.empty());
    }

    /** Whether this consent is about showing this category to this recipient (whatever its state). */
    public boolean covers(Recipient someone, Category category) {
        return recipient.sameAs(someone) && categories.contains(category);
    }

    /** Whether the consent has been withdrawn by this moment. */
    public boolean isWithdrawnAt(Instant moment) {
        return withdrawal.filter(w -> !w.at().isAfter(moment)).isPresent();
    }

    /** The state at this moment, for this consent's subject. */
    public ConsentState stateAt(Subject subject, ConsentAgeRules rules, Instant moment) {
        requireSubject(subject);
        if (isWithdrawnAt(moment)) {
            var w = withdrawal.orElseThrow();
            return new ConsentState.Withdrawn(w.by(), w.at());
        }
        var day = DutchTime.dateOf(moment);
        if (end.filter(day::isAfter).isPresent()) {
            return new ConsentState.Expired(end.orElseThrow());
        }
        if (day.isBefore(start)) {
            return new ConsentState.NotStarted(start);
        }
        return pendingAt(subject, rules, moment).<ConsentState>map(p -> p).orElse(ConsentState.EFFECTIVE);
    }

    /** The state at the end of this day. */
    public ConsentState stateOn(Subject subject, ConsentAgeRules rules, LocalDate day) {
        return stateAt(subject, rules, DutchTime.endOf(day));
    }

    /**
     * Whose approval is still needed at this moment, regardless of the consent's period and of a
     * withdrawal; empty when everyone required has approved.
     */
    public Set<UUID> awaitingApprovalFrom(Subject subject, ConsentAgeRules rules, Instant moment) {
        requireSubject(subject);
        return pendingAt(subject, rules, moment).map(ConsentState.PendingApprovals::missing).orElse(Set.of());
    }

    /**
     * Whether this person may approve at this moment: their approval is required on that day, they
     * have not approved yet, and the consent is neither withdrawn nor past its end date.
     */
    public boolean mayApprove(Subject subject, ConsentAgeRules rules, UUID memberId, Instant at) {
        requireSubject(subject);
        var day = DutchTime.dateOf(at);
        return !isWithdrawnAt(at)
                && end.filter(day::isAfter).isEmpty()
                && rules.requiredApprovers(subject, day).contains(memberId)
                && !countingApprovers(subject, rules, at).contains(memberId);
    }

    /**
     * This consent with this person's approval added.
     *
     * @throws IllegalStateException when {@link #mayApprove} says no
     */
    public Consent approve(Subject subject, ConsentAgeRules rules, UUID memberId, Instant at) {
        if (!mayApprove(subject, rules, memberId, at)) {
            throw new IllegalStateException("member " + memberId + " may not approve consent " + id + " at " + at);
        }
        var updated = new ArrayList<Approval>();
        approvals.stream().filter(a -> !a.memberId().equals(memberId)).forEach(updated::add);
        updated.add(new Approval(memberId, at));
        return new Consent(id, subjectId, recipient, categories, purpose, start, end, updated, withdrawal);
    }

    /**
     * Whether this person may withdraw at this moment: the consent is not withdrawn yet, and their
     * approval is required on that day or they approved it.
     */
    public boolean mayWithdraw(Subject subject, ConsentAgeRules rules, UUID memberId, Instant at) {
        requireSubject(subject);
        return !isWithdrawnAt(at)
                && (rules.requiredApprovers(subject, DutchTime.dateOf(at)).contains(memberId)
                        || approvals.stream().anyMatch(a -> a.memberId().equals(memberId) && !a.at().isAfter(at)));
    }

    /**
     * This consent, withdrawn by this person at this moment.
     *
     * @throws IllegalStateException when {@link #mayWithdraw} says no
     */
    public Consent withdraw(Subject subject, ConsentAgeRules rules, UUID memberId, Instant at) {
        if (!mayWithdraw(subject, rules, memberId, at)) {
            throw new IllegalStateException("member " + memberId + " may not withdraw consent " + id + " at " + at);
        }
        return new Consent(id, subjectId, recipient, categories, purpose, start, end, approvals,
                Optional.of(new Withdrawal(memberId, at)));
    }

    /** The approvals, given by this moment, that count: a youth's from 12, a parent's while they hold authority. */
    Set<UUID> countingApprovers(Subject subject, ConsentAgeRules rules, Instant moment) {
        var youthFrom = subject.birthdayOf(rules.youthJoinsAt());
        return approvals.stream()
                .filter(a -> !a.at().isAfter(moment))
                .filter(a -> subject.isYouth(a.memberId())
                        ? !DutchTime.dateOf(a.at()).isBefore(youthFrom)
                        : subject.isParentWithAuthority(a.memberId()))
                .map(Approval::memberId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Who is missing at this moment and why, ignoring period and withdrawal; empty when nobody is missing. */
    Optional<ConsentState.PendingApprovals> pendingAt(Subject subject, ConsentAgeRules rules, Instant moment) {
        var day = DutchTime.dateOf(moment);
        var missing = new LinkedHashSet<>(rules.requiredApprovers(subject, day));
        missing.removeAll(countingApprovers(subject, rules, moment));
        if (rules.parentsDecideOn(subject, day) && subject.parentsWithAuthority().isEmpty()) {
            return Optional.of(new ConsentState.PendingApprovals(missing, PendingReason.NO_PARENT_WITH_AUTHORITY));
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        var reason = PendingReason.NOT_YET_APPROVED;
        if (missing.equals(Set.of(subject.youthId()))) {
            reason = switch (rules.whoDecidesOn(subject, day)) {
                case PARENTS -> PendingReason.NOT_YET_APPROVED;
                case YOUTH_AND_PARENTS -> parentsApprovedBefore(subject, subject.birthdayOf(rules.youthJoinsAt()))
                        ? PendingReason.YOUTH_TURNED_12 : PendingReason.NOT_YET_APPROVED;
                case YOUTH -> parentsApprovedBefore(subject, subject.birthdayOf(rules.youthAloneFrom()))
                        ? PendingReason.YOUTH_TURNED_16 : PendingReason.NOT_YET_APPROVED;
            };
        }
        return Optional.of(new ConsentState.PendingApprovals(missing, reason));
    }

    /** Whether every parent with authority approved before this birthday began. */
    private boolean parentsApprovedBefore(Subject subject, LocalDate birthday) {
        var parents = subject.parentsWithAuthority();
        var before = DutchTime.startOf(birthday);
        return !parents.isEmpty() && parents.stream().allMatch(parent -> approvals.stream()
                .anyMatch(a -> a.memberId().equals(parent) && a.at().isBefore(before)));
    }

    private void requireSubject(Subject subject) {
        if (!subject.youthId().equals(subjectId)) {
            throw new IllegalArgumentException("consent " + id + " is about youth " + subjectId + ", not " + subject.youthId());
        }
    }
}
