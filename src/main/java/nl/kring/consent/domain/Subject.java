package nl.kring.consent.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The youth a consent is about, with the parents and any protection measure: consent's own view of
 * the family, so that this module does not depend on the family module's internals.
 *
 * <p>A consent always concerns one youth. In a family with several youths each consent follows the
 * age of its own youth, and each youth has their own {@code Subject}. Parental authority is per
 * youth (a step-parent may have authority over one child and not another) and is taken as it is
 * now: Kring does not keep its history, so a parent who lost authority no longer counts, also for
 * earlier days.
 *
 * @param youthId the family-member id of the youth
 * @param birthDate required: without it nobody can tell who must consent
 * @param parents the parents and carers of this youth, with or without parental authority
 * @param measures child-protection measures on this youth, past and present
 */
public record Subject(UUID youthId, LocalDate birthDate, List<Parent> parents, List<ProtectionMeasure> measures) {

    /** A parent or carer of the youth. Only a parent with parental authority consents. */
    public record Parent(UUID memberId, boolean parentalAuthority) {
        public Parent {
            Objects.requireNonNull(memberId, "memberId");
        }
    }

    public Subject {
        Objects.requireNonNull(youthId, "youthId");
        Objects.requireNonNull(birthDate, "birthDate: who must consent depends on the youth's age");
        parents = List.copyOf(parents);
        measures = List.copyOf(measures);
        var seen = new HashSet<UUID>();
        seen.add(youthId);
        for (var parent : parents) {
            if (!seen.add(parent.memberId())) {
                throw new IllegalArgumentException("member " + parent.memberId() + " appears twice in subject " + youthId);
            }
        }
    }

    /** A subject without protection measures. */
    public Subject(UUID youthId, LocalDate birthDate, List<Parent> parents) {
        this(youthId, birthDate, parents, List.of());
    }

    /** The youth's age in whole years on this day (as the family module counts it). */
    public int ageOn(LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /**
     * The first day on which the youth has this age. Someone born on 29 February turns a year older
     * on 1 March in a common year.
     */
    public LocalDate birthdayOf(int age) {
        var day = birthDate.plusYears(age);
        return ageOn(day) >= age ? day : day.plusDays(1);
    }

    /** The member ids of the parents with parental authority. */
    public Set<UUID> parentsWithAuthority() {
        return parents.stream().filter(Parent::parentalAuthority).map(Parent::memberId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isParentWithAuthority(UUID memberId) {
        return parentsWithAuthority().contains(memberId);
    }

    public boolean isYouth(UUID memberId) {
        return youthId.equals(memberId);
    }

    /** The measure that runs on this day, if any. */
    public Optional<ProtectionMeasure> measureOn(LocalDate day) {
        return measures.stream().filter(m -> m.runsOn(day)).findFirst();
    }
}
