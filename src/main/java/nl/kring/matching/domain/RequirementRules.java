package nl.kring.matching.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rules for a volunteer's requirements: a volunteer is available for matching in a programme only
 * while every requirement of the programme is met by valid evidence. Per requirement the newest evidence
 * of its kind counts. Evidence with a validity is valid from its date up to, not including, date plus
 * validity; an expired one takes the volunteer out with the reason and the day it expired.
 */
public final class RequirementRules {

    private RequirementRules() {
    }

    public static Availability availability(List<Requirement> required, List<Evidence> evidence, LocalDate today) {
        var reasons = new ArrayList<Availability.Reason>();
        Optional<LocalDate> until = Optional.empty();
        for (Requirement requirement : required) {
            var newest = newest(requirement.kind(), evidence);
            if (newest.isEmpty()) {
                reasons.add(new Availability.Reason(requirement.kind(), Availability.Code.MISSING, Optional.empty()));
                continue;
            }
            var shown = newest.get();
            if (shown.date().isAfter(today)) {
                reasons.add(new Availability.Reason(requirement.kind(), Availability.Code.FUTURE_DATE, Optional.empty()));
                continue;
            }
            if (requirement.screeningProfile().isPresent()
                    && !requirement.screeningProfile().get().equalsIgnoreCase(shown.screeningProfile().orElse(""))) {
                reasons.add(new Availability.Reason(requirement.kind(), Availability.Code.WRONG_SCREENING_PROFILE, Optional.empty()));
                continue;
            }
            var expires = expiry(requirement, shown);
            if (expires.isPresent() && !today.isBefore(expires.get())) {
                reasons.add(new Availability.Reason(requirement.kind(), Availability.Code.EXPIRED, expires));
                continue;
            }
            if (expires.isPresent() && (until.isEmpty() || expires.get().isBefore(until.get()))) {
                until = expires;
            }
        }
        return reasons.isEmpty() ? new Availability.Available(until) : new Availability.Unavailable(reasons);
    }

    /** The first day on which this evidence no longer meets the requirement; empty when it does not expire. */
    public static Optional<LocalDate> expiry(Requirement requirement, Evidence evidence) {
        return requirement.validFor().map(evidence.date()::plus);
    }

    /**
     * The requirements whose evidence expires within {@code notice} from today (and has not expired yet):
     * the ones to remind the volunteer and the coordinator of, soonest first.
     */
    public static List<Renewal> renewalsDue(List<Requirement> required, List<Evidence> evidence, LocalDate today, Period notice) {
        var due = new ArrayList<Renewal>();
        for (Requirement requirement : required) {
            newest(requirement.kind(), evidence).flatMap(shown -> expiry(requirement, shown)).ifPresent(expires -> {
                if (today.isBefore(expires) && !today.plus(notice).isBefore(expires)) {
                    due.add(new Renewal(requirement.kind(), expires));
                }
            });
        }
        due.sort(Comparator.comparing(Renewal::expires));
        return due;
    }

    /** Evidence of this kind that must be renewed before {@code expires}. */
    public record Renewal(RequirementKind kind, LocalDate expires) {}

    private static Optional<Evidence> newest(RequirementKind kind, List<Evidence> evidence) {
        return evidence.stream().filter(e -> e.kind() == kind).max(Comparator.comparing(Evidence::date));
    }
}
