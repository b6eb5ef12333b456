package nl.kring.mentor.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.domain.ConsentAgeRules;
import nl.kring.mentor.domain.MentorRuleBroken.Rule;
import nl.kring.mentor.domain.MentorRules.Warning;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.SupportLevel;
import org.junit.jupiter.api.Test;

class MentorRulesTest {

    static final UUID MAP = UUID.randomUUID();
    static final UUID MOTHER = UUID.randomUUID();
    static final UUID FATHER = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-05-01T09:00:00Z");

    static MapPerson person(String id, String role, Age age, SupportLevel level, boolean deceased) {
        return new MapPerson(id, "Persoon " + id, role, null, null, EntryKind.PERSON, age, level, new Position(10, 40), null, null, null,
                true, true, false, deceased, null);
    }

    static Mentorship mentorship(Set<UUID> parents, List<Mentorship.ParentAnswer> answers, Optional<Instant> accepted) {
        return new Mentorship(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), MAP, "oma", "Oma", parents, answers, UUID.randomUUID(),
                NOW, accepted, false, Optional.empty(), Optional.empty());
    }

    static Rule broken(Runnable step) {
        try {
            step.run();
        } catch (MentorRuleBroken broken) {
            return broken.rule();
        }
        throw new AssertionError("the rule should have refused this");
    }

    @Test
    void aParentOrAProfessionalIsNoMentorButAnyoneElseFromTheMapIs() {
        assertThat(MentorRules.nominate(person("oma", "GRANDPARENT", Age.years(66), null, false), MAP, List.of())).isEmpty();
        assertThat(broken(() -> MentorRules.nominate(person("papa", "PARENT", Age.years(45), null, false), MAP, List.of())))
                .isEqualTo(Rule.A_PARENT);
        assertThat(broken(() -> MentorRules.nominate(person("voogd", "GUARDIAN", Age.years(45), null, false), MAP, List.of())))
                .isEqualTo(Rule.A_PARENT);
        assertThat(broken(() -> MentorRules.nominate(person("coach", null, Age.years(40), SupportLevel.PROFESSIONAL, false), MAP, List.of())))
                .isEqualTo(Rule.A_PROFESSIONAL);
        assertThat(broken(() -> MentorRules.nominate(person("opa", "GRANDPARENT", Age.years(80), null, true), MAP, List.of())))
                .isEqualTo(Rule.DECEASED);
    }

    @Test
    void underEighteenOrAnUnknownAgeWarnsWithoutStopping() {
        assertThat(MentorRules.nominate(person("neef", "COUSIN", Age.years(16), null, false), MAP, List.of())).containsExactly(Warning.UNDER_18);
        assertThat(MentorRules.nominate(person("vriendin", "FRIEND", Age.band(AgeBand.TEENAGER), null, false), MAP, List.of()))
                .containsExactly(Warning.UNDER_18);
        assertThat(MentorRules.nominate(person("buur", "NEIGHBOUR", null, null, false), MAP, List.of())).containsExactly(Warning.AGE_UNKNOWN);
        assertThat(MentorRules.nominate(person("tante", "AUNT_UNCLE", Age.years(18), null, false), MAP, List.of())).isEmpty();
        assertThat(MentorRules.nominate(person("trainer", "COACH", Age.band(AgeBand.YOUNG_ADULT), null, false), MAP, List.of())).isEmpty();
    }

    @Test
    void severalMentorsButEachPersonOnceWhileTheNominationStands() {
        var standing = mentorship(Set.of(MOTHER), List.of(), Optional.empty());
        assertThat(broken(() -> MentorRules.nominate(person("oma", "GRANDPARENT", Age.years(66), null, false), MAP, List.of(standing))))
                .isEqualTo(Rule.ALREADY_NOMINATED);
        assertThat(MentorRules.nominate(person("tante", "AUNT_UNCLE", Age.years(40), null, false), MAP, List.of(standing))).isEmpty();
        var refused = mentorship(Set.of(MOTHER), List.of(new Mentorship.ParentAnswer(MOTHER, false, "", NOW)), Optional.empty());
        assertThat(refused.standing()).isFalse();
        assertThat(MentorRules.nominate(person("oma", "GRANDPARENT", Age.years(66), null, false), MAP, List.of(refused))).isEmpty();
    }

    @Test
    void theParentsWithAuthorityAgreeUntilTheYouthIsSixteen() {
        var rules = ConsentAgeRules.DEFAULTS;
        assertThat(MentorRules.parentsToAgree(14, Set.of(MOTHER), rules)).containsExactly(MOTHER);
        assertThat(MentorRules.parentsToAgree(10, Set.of(MOTHER, FATHER), rules)).containsExactlyInAnyOrder(MOTHER, FATHER);
        assertThat(MentorRules.parentsToAgree(16, Set.of(MOTHER), rules)).isEmpty();
        assertThat(broken(() -> MentorRules.parentsToAgree(14, Set.of(), rules))).isEqualTo(Rule.NO_PARENT_WITH_AUTHORITY);
        assertThat(MentorRules.parentsToAgree(17, Set.of(), rules)).isEmpty();
    }

    @Test
    void everyParentAgreesThenTheMentorAcceptsAndOneRefusalIsRecorded() {
        var waiting = mentorship(Set.of(MOTHER, FATHER), List.of(new Mentorship.ParentAnswer(MOTHER, true, "", NOW)), Optional.empty());
        assertThat(waiting.status()).isEqualTo(Mentorship.Status.AWAITING_PARENTS);
        assertThat(broken(() -> MentorRules.mentorAnswers(waiting))).isEqualTo(Rule.NOT_AWAITING_MENTOR);
        assertThat(broken(() -> MentorRules.answer(waiting, MOTHER, ""))).isEqualTo(Rule.ALREADY_ANSWERED);
        assertThat(broken(() -> MentorRules.answer(waiting, UUID.randomUUID(), ""))).isEqualTo(Rule.NOT_ASKED);
        assertThat(MentorRules.answer(waiting, FATHER, "  Ik ken haar niet goed ")).isEqualTo("Ik ken haar niet goed");

        var agreed = mentorship(Set.of(MOTHER, FATHER), List.of(new Mentorship.ParentAnswer(MOTHER, true, "", NOW),
                new Mentorship.ParentAnswer(FATHER, true, "", NOW)), Optional.empty());
        assertThat(agreed.status()).isEqualTo(Mentorship.Status.AWAITING_MENTOR);
        MentorRules.mentorAnswers(agreed);
        var active = mentorship(agreed.parentsToAgree(), agreed.answers(), Optional.of(NOW));
        assertThat(active.status()).isEqualTo(Mentorship.Status.ACTIVE);

        var refused = mentorship(Set.of(MOTHER, FATHER), List.of(new Mentorship.ParentAnswer(FATHER, false, "Te ver weg", NOW)), Optional.empty());
        assertThat(refused.status()).isEqualTo(Mentorship.Status.REFUSED_BY_PARENTS);
        assertThat(broken(() -> MentorRules.answer(refused, MOTHER, ""))).isEqualTo(Rule.NOT_AWAITING_PARENTS);
        assertThat(broken(() -> MentorRules.end(refused))).isEqualTo(Rule.NOT_STANDING);

        var alone = mentorship(Set.of(), List.of(), Optional.empty());
        assertThat(alone.status()).isEqualTo(Mentorship.Status.AWAITING_MENTOR);
    }
}
