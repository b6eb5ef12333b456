package nl.kring.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.network.domain.SupportType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final UUID MAP = UUID.randomUUID();
    static final PersonRef OMA = new PersonRef(MAP, "oma", "Oma");
    static final PersonRef PIET = new PersonRef(MAP, "piet", "Piet");

    static Agreement agreement(PersonRef... persons) {
        return new Agreement(UUID.randomUUID(), List.of(persons), "Koken", Optional.of(TaskLabel.COOK), SupportType.PRACTICAL, "elke week",
                "", TODAY, Optional.empty());
    }

    static FamilyPart part(List<Agreement> agreements, List<LocalDate> moments) {
        return new FamilyPart("Vraag", "", "", "", agreements, "", "", moments);
    }

    static FamilyMember member(String name, Relation relation, int age, boolean authority) {
        return new FamilyMember(UUID.randomUUID(), Optional.empty(), name, "Test", relation, Optional.of(TODAY.minusYears(age).minusDays(1)),
                authority);
    }

    @ParameterizedTest(name = "{0}, {1} years, authority {2}: accepts {3}")
    @CsvSource({"YOUTH, 11, false, false", "YOUTH, 12, false, true", "YOUTH, 17, false, true", "PARENT, 40, true, true",
            "PARENT, 40, false, false"})
    void parentsWithAuthorityAndYouthsFromTwelveAccept(Relation relation, int age, boolean authority, boolean accepts) {
        var person = member("A", relation, age, authority);
        var file = new FamilyFile(UUID.randomUUID(), "Gezin", UUID.randomUUID(), FamilyStatus.ACTIVE, List.of(person), List.of(), java.util.Set.of(),
                false);
        assertThat(PlanRules.acceptors(file, TODAY).contains(person)).isEqualTo(accepts);
    }

    @Test
    void everyAcceptorMustHaveAcceptedTheSameRevision() {
        var mother = member("M", Relation.PARENT, 40, true);
        var youth = member("S", Relation.YOUTH, 14, false);
        var acceptors = List.of(mother, youth);
        assertThat(PlanRules.acceptedByAll(acceptors, Map.of(mother.id(), 3), 3)).isFalse();
        assertThat(PlanRules.acceptedByAll(acceptors, Map.of(mother.id(), 2, youth.id(), 3), 3)).isFalse();
        assertThat(PlanRules.acceptedByAll(acceptors, Map.of(mother.id(), 3, youth.id(), 3), 3)).isTrue();
        assertThat(PlanRules.acceptedByAll(List.of(), Map.of(), 0)).as("nobody who decides: never accepted").isFalse();
    }

    @Test
    void anAgreementForARefusedPersonIsRefusedNamingTheField() {
        var part = part(List.of(agreement(OMA), agreement(OMA, PIET)), List.of());
        assertThatThrownBy(() -> PlanRules.checkFamilyPart(part, List.of(OMA, PIET), List.of(PIET)))
                .isInstanceOfSatisfying(PlanRuleBroken.class, broken -> {
                    assertThat(broken.rule()).isEqualTo(PlanRuleBroken.Rule.REFUSED_PERSON);
                    assertThat(broken.rule().status()).isEqualTo(422);
                    assertThat(broken.field()).isEqualTo("agreements[1].persons");
                });
        PlanRules.checkFamilyPart(part, List.of(OMA, PIET), List.of());
    }

    @Test
    void anAgreementNeedsSomeoneOnTheMapAWhatAKindAndAStart() {
        assertThatThrownBy(() -> PlanRules.checkFamilyPart(part(List.of(agreement()), List.of()), List.of(OMA), List.of()))
                .hasFieldOrPropertyWithValue("field", "agreements[0].persons");
        assertThatThrownBy(() -> PlanRules.checkFamilyPart(part(List.of(agreement(PIET)), List.of()), List.of(OMA), List.of()))
                .hasFieldOrPropertyWithValue("rule", PlanRuleBroken.Rule.UNKNOWN_PERSON);
        var noKind = new Agreement(UUID.randomUUID(), List.of(OMA), "Koken", Optional.empty(), null, "", "", TODAY, Optional.empty());
        assertThatThrownBy(() -> PlanRules.checkFamilyPart(part(List.of(noKind), List.of()), List.of(OMA), List.of()))
                .hasFieldOrPropertyWithValue("field", "agreements[0].supportType");
        var endsEarly = new Agreement(UUID.randomUUID(), List.of(OMA), "Koken", Optional.empty(), SupportType.PRACTICAL, "", "", TODAY,
                Optional.of(TODAY.minusDays(1)));
        assertThatThrownBy(() -> PlanRules.checkFamilyPart(part(List.of(endsEarly), List.of()), List.of(OMA), List.of()))
                .hasFieldOrPropertyWithValue("field", "agreements[0].end");
    }

    @Test
    void aPlanIsAcceptableOnlyWithAnEvaluationMoment() {
        assertThatThrownBy(() -> PlanRules.checkAcceptable(new PlanContent(part(List.of(), List.of()), ProfessionalPart.empty())))
                .hasFieldOrPropertyWithValue("field", "evaluationMoments");
        PlanRules.checkAcceptable(new PlanContent(part(List.of(), List.of(TODAY.plusWeeks(6))), ProfessionalPart.empty()));
    }

    @Test
    void overloadWarnsOnlyAboutPersonsGivenMoreWhoThenReachTheThreshold() {
        var before = part(List.of(agreement(OMA), agreement(OMA), agreement(PIET)), List.of());
        var after = part(List.of(agreement(OMA), agreement(OMA), agreement(OMA), agreement(PIET)), List.of());
        // oma: 3 here + 2 in another plan = 5 >= 5; piet holds the same as before
        assertThat(PlanRules.overloaded(before, after, Map.of(OMA.key(), 2, PIET.key(), 9), 5)).containsExactly(OMA);
        assertThat(PlanRules.overloaded(before, after, Map.of(), 5)).isEmpty();
        assertThat(PlanRules.overloaded(after, after, Map.of(OMA.key(), 9), 5)).as("nothing new: no warning").isEmpty();
    }

    @Test
    void aPersonNamedTwiceInOneAgreementCountsOnce() {
        assertThat(PlanRules.counts(List.of(agreement(OMA, OMA), agreement(OMA)))).containsEntry(OMA.key(), 2);
    }

    @Test
    void anyYouthMayRefusePersonsAParentMayNot() {
        assertThat(PlanRules.mayRefusePersons(member("S", Relation.YOUTH, 9, false))).isTrue();
        assertThat(PlanRules.mayRefusePersons(member("M", Relation.PARENT, 40, true))).isFalse();
    }

    @Test
    void atAnEvaluationOnlyThePersonsAnAgreementNamesSpeakAboutItEachOnce() {
        var cooking = agreement(OMA, PIET);
        var fromBoth = new Evaluation(UUID.randomUUID(), TODAY, List.of(new Evaluation.AgreementMark(cooking.id(), Evaluation.Mark.PARTLY, "",
                List.of(new Evaluation.ParticipantNote(new PersonRef(MAP, "oma", ""), "Graag"),
                        new Evaluation.ParticipantNote(new PersonRef(MAP, "piet", ""), "  ")))), "");
        Evaluation.check(fromBoth, List.of(cooking));
        // a participant who said nothing has no note; the others keep the name the family chose
        var named = fromBoth.namedAs(List.of(cooking)).marks().getFirst().participants();
        assertThat(named).extracting(p -> p.person().name()).containsExactly("Oma");

        var stranger = new Evaluation(UUID.randomUUID(), TODAY, List.of(new Evaluation.AgreementMark(cooking.id(), Evaluation.Mark.DONE, "",
                List.of(new Evaluation.ParticipantNote(new PersonRef(MAP, "anna", ""), "Ik was er niet bij")))), "");
        assertThatThrownBy(() -> Evaluation.check(stranger, List.of(cooking)))
                .isInstanceOfSatisfying(PlanRuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("marks[0].participants[0].personId"));
        var twice = new Evaluation(UUID.randomUUID(), TODAY, List.of(new Evaluation.AgreementMark(cooking.id(), Evaluation.Mark.DONE, "",
                List.of(new Evaluation.ParticipantNote(OMA, "Ja"), new Evaluation.ParticipantNote(OMA, "Nee")))), "");
        assertThatThrownBy(() -> Evaluation.check(twice, List.of(cooking))).isInstanceOf(PlanRuleBroken.class);
        var tooLong = new Evaluation(UUID.randomUUID(), TODAY, List.of(new Evaluation.AgreementMark(cooking.id(), Evaluation.Mark.DONE, "",
                List.of(new Evaluation.ParticipantNote(OMA, "x".repeat(PlanRules.MAX_SHORT_TEXT + 1))))), "");
        assertThatThrownBy(() -> Evaluation.check(tooLong, List.of(cooking)))
                .isInstanceOfSatisfying(PlanRuleBroken.class, broken -> assertThat(broken.field()).isEqualTo("marks[0].participants[0].note"));
    }
}
