package nl.kring.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A small fictional family for the tests: one youth, a mother and father with authority, a stepfather without. */
final class Family {

    static final ConsentAgeRules RULES = ConsentAgeRules.DEFAULTS;

    /** The youth turns 12 on this day. */
    static final LocalDate TWELFTH_BIRTHDAY = LocalDate.of(2026, 3, 10);
    static final LocalDate SIXTEENTH_BIRTHDAY = TWELFTH_BIRTHDAY.plusYears(4);

    final UUID youth = UUID.randomUUID();
    final UUID mother = UUID.randomUUID();
    final UUID father = UUID.randomUUID();
    final UUID stepfather = UUID.randomUUID();
    final UUID stranger = UUID.randomUUID();

    final Subject subject = new Subject(youth, TWELFTH_BIRTHDAY.minusYears(12), List.of(
            new Subject.Parent(mother, true),
            new Subject.Parent(father, true),
            new Subject.Parent(stepfather, false)));

    final Recipient grandmother = new Recipient.NetworkMember(UUID.randomUUID(), "Oma Ans");
    final Recipient neighbour = new Recipient.NetworkMember(UUID.randomUUID(), "Buurman Kees");
    final Recipient volunteer = new Recipient.Volunteer(UUID.randomUUID(), "Maatje Sam");

    /** This hour of this day in Dutch time. */
    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(Consent.ZONE).toInstant();
    }

    /** A consent nobody has approved yet, without an end date. */
    Consent proposal(Recipient recipient, LocalDate start, Category... categories) {
        return Consent.propose(UUID.randomUUID(), youth, recipient, Set.of(categories),
                "Oma haalt de kinderen op woensdag op", start, Optional.empty());
    }

    /** A consent to the grandmother for the network map, approved by both parents on the given day. */
    Consent approvedByParents(LocalDate day) {
        return proposal(grandmother, day, Category.NETWORK_MAP)
                .approve(subject, RULES, mother, at(day, 9))
                .approve(subject, RULES, father, at(day, 10));
    }

    ConsentState stateOn(Consent consent, LocalDate day) {
        return consent.stateOn(subject, RULES, day);
    }

    ConsentState stateAt(Consent consent, Instant moment) {
        return consent.stateAt(subject, RULES, moment);
    }
}
