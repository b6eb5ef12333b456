package nl.kring.consent.domain;

import java.time.LocalDate;
import java.util.List;
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
}
