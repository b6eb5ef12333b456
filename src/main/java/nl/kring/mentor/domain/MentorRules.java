package nl.kring.mentor.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.domain.ConsentAgeRules;
import nl.kring.mentor.domain.MentorRuleBroken.Rule;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.SupportLevel;

/**
 * The rules of the youth's own mentor (JIM). The youth nominates a person from their own network map; a parent, a
 * carer in a parent's place or a professional is no JIM. Until the youth decides alone (16, the consent age rules), every
 * parent with parental authority agrees; one refusal is recorded and ends the nomination. The mentor is preferably 18 or
 * older: a younger or unknown age is a warning, never a block. Several mentors are possible, each person once.
 */
public final class MentorRules {

    public static final int MAX_REASON = 1000;
    public static final int ADULT = 18;

    /** Roles on the map that are no JIM: parents and those in a parent's place, and professionals. */
    public static final Set<String> NOT_A_MENTOR = Set.of("PARENT", "STEP_PARENT", "FOSTER_PARENT", "GUARDIAN");
    public static final Set<String> PROFESSIONAL_ROLES = Set.of("PROFESSIONAL");

    /** What the nomination warns about without stopping it. */
    public enum Warning {
        /** The person is under 18 on the map. */
        UNDER_18,
        /** The map does not say how old the person is: check that they are 18 or older. */
        AGE_UNKNOWN
    }

    private MentorRules() {}

    /**
     * Checks a nomination and returns its warnings.
     *
     * @param existing the youth's earlier nominations
     */
    public static List<Warning> nominate(MapPerson person, UUID mapId, Collection<Mentorship> existing) {
        if (person.kind() != EntryKind.PERSON) {
            throw new MentorRuleBroken(Rule.NOT_A_PERSON);
        }
        if (person.deceased()) {
            throw new MentorRuleBroken(Rule.DECEASED);
        }
        if (person.roleCode() != null && NOT_A_MENTOR.contains(person.roleCode())) {
            throw new MentorRuleBroken(Rule.A_PARENT);
        }
        if (person.roleCode() != null && PROFESSIONAL_ROLES.contains(person.roleCode()) || person.level() == SupportLevel.PROFESSIONAL) {
            throw new MentorRuleBroken(Rule.A_PROFESSIONAL);
        }
        if (existing.stream().anyMatch(m -> m.standing() && m.isPerson(mapId, person.id()))) {
            throw new MentorRuleBroken(Rule.ALREADY_NOMINATED);
        }
        return warnings(person);
    }

    /** The warnings about this person as a mentor: under 18 on the map, or an age the map does not give. */
    public static List<Warning> warnings(MapPerson person) {
        var warnings = new ArrayList<Warning>();
        switch (person.age()) {
            case null -> warnings.add(Warning.AGE_UNKNOWN);
            case Age.Years(var years) when years < ADULT -> warnings.add(Warning.UNDER_18);
            case Age.Band(var band) when band == AgeBand.TODDLER || band == AgeBand.CHILD || band == AgeBand.TEENAGER ->
                    warnings.add(Warning.UNDER_18);
            default -> { }
        }
        return List.copyOf(warnings);
    }

    /**
     * The parents whose agreement a nomination needs, by the youth's age: every parent with authority until the youth
     * decides alone. Under that age without any parent with authority nobody can agree, so the nomination is refused.
     */
    public static Set<UUID> parentsToAgree(int youthAge, Set<UUID> parentsWithAuthority, ConsentAgeRules ages) {
        if (ages.whoDecidesAt(youthAge) == nl.kring.consent.domain.WhoDecides.YOUTH) {
            return Set.of();
        }
        if (parentsWithAuthority.isEmpty()) {
            throw new MentorRuleBroken(Rule.NO_PARENT_WITH_AUTHORITY);
        }
        return Set.copyOf(parentsWithAuthority);
    }

    /** A parent with authority answers; the reason of a refusal is recorded as given (it may be empty). */
    public static String answer(Mentorship mentorship, UUID memberId, String reason) {
        if (!mentorship.parentsToAgree().contains(memberId)) {
            throw new MentorRuleBroken(Rule.NOT_ASKED);
        }
        if (mentorship.status() != Mentorship.Status.AWAITING_PARENTS) {
            throw new MentorRuleBroken(Rule.NOT_AWAITING_PARENTS);
        }
        if (mentorship.answerOf(memberId).isPresent()) {
            throw new MentorRuleBroken(Rule.ALREADY_ANSWERED);
        }
        var stripped = reason == null ? "" : reason.strip();
        if (stripped.length() > MAX_REASON) {
            throw new MentorRuleBroken(Rule.REASON_TOO_LONG);
        }
        return stripped;
    }

    /** The mentor says yes or no once the parents agreed. */
    public static void mentorAnswers(Mentorship mentorship) {
        if (mentorship.status() != Mentorship.Status.AWAITING_MENTOR) {
            throw new MentorRuleBroken(Rule.NOT_AWAITING_MENTOR);
        }
    }

    /** The youth or a parent ends a nomination that still stands. */
    public static void end(Mentorship mentorship) {
        if (!mentorship.standing()) {
            throw new MentorRuleBroken(Rule.NOT_STANDING);
        }
    }
}
