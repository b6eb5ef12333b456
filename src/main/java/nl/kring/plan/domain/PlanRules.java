package nl.kring.plan.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.Relation;
import nl.kring.plan.domain.PlanRuleBroken.Rule;

/** The rules of the family's plan: what a version must hold, who decides, and when a person carries too much. */
public final class PlanRules {

    /** A youth from this age accepts the plan too (and may refuse persons), as for consent. */
    public static final int ACCEPTING_AGE = 12;
    public static final int MAX_TEXT = 4000;
    public static final int MAX_SHORT_TEXT = 300;
    public static final int MAX_ITEMS = 100;

    private PlanRules() {}

    /**
     * Who accepts the plan on {@code day}: every parent with parental authority and every youth from 12.
     * Each of them accepts for themselves; a member without an account cannot accept yet.
     */
    public static List<FamilyMember> acceptors(FamilyFile file, LocalDate day) {
        return file.members().stream()
                .filter(member -> member.relation() == Relation.PARENT ? member.parentalAuthority()
                        : member.ageOn(day).orElse(0) >= ACCEPTING_AGE)
                .toList();
    }

    /**
     * Checks the family's part before it is saved. {@code known} are the persons on the family's maps now;
     * {@code refused} those a youth does not want involved: giving them an agreement is refused.
     */
    public static void checkFamilyPart(FamilyPart part, Collection<PersonRef> known, Collection<PersonRef> refused) {
        text(part.question(), "question");
        text(part.goingWell(), "goingWell");
        text(part.worries(), "worries");
        text(part.goals(), "goals");
        text(part.safety(), "safety");
        text(part.whenThingsGoWrong(), "whenThingsGoWrong");
        if (part.agreements().size() > MAX_ITEMS) {
            throw new PlanRuleBroken(Rule.TOO_MANY, "agreements");
        }
        if (part.evaluationMoments().size() > MAX_ITEMS) {
            throw new PlanRuleBroken(Rule.TOO_MANY, "evaluationMoments");
        }
        for (int i = 0; i < part.agreements().size(); i++) {
            var agreement = part.agreements().get(i);
            var field = "agreements[" + i + "]";
            if (agreement.persons().isEmpty()) {
                throw new PlanRuleBroken(Rule.AGREEMENT_WITHOUT_PERSON, field + ".persons");
            }
            if (agreement.persons().size() > MAX_ITEMS) {
                throw new PlanRuleBroken(Rule.TOO_MANY, field + ".persons");
            }
            for (var person : agreement.persons()) {
                if (refused.stream().anyMatch(person::samePerson)) {
                    throw new PlanRuleBroken(Rule.REFUSED_PERSON, field + ".persons");
                }
                if (known.stream().noneMatch(person::samePerson)) {
                    throw new PlanRuleBroken(Rule.UNKNOWN_PERSON, field + ".persons");
                }
            }
            if (agreement.what().isEmpty()) {
                throw new PlanRuleBroken(Rule.AGREEMENT_WITHOUT_WHAT, field + ".what");
            }
            shortText(agreement.what(), field + ".what");
            shortText(agreement.when(), field + ".when");
            shortText(agreement.how(), field + ".how");
            if (agreement.supportType() == null) {
                throw new PlanRuleBroken(Rule.AGREEMENT_WITHOUT_SUPPORT_TYPE, field + ".supportType");
            }
            if (agreement.start() == null) {
                throw new PlanRuleBroken(Rule.AGREEMENT_WITHOUT_START, field + ".start");
            }
            if (agreement.end().filter(end -> end.isBefore(agreement.start())).isPresent()) {
                throw new PlanRuleBroken(Rule.AGREEMENT_ENDS_BEFORE_START, field + ".end");
            }
        }
    }

    /** Checks the professionals' part before it is saved; a hand-over goes to a person on the map. */
    public static void checkProfessionalPart(ProfessionalPart part, Collection<PersonRef> known, Collection<PersonRef> refused) {
        text(part.comment(), "comment");
        if (part.safetyConditions().size() > MAX_ITEMS) {
            throw new PlanRuleBroken(Rule.TOO_MANY, "safetyConditions");
        }
        if (part.tasks().size() > MAX_ITEMS) {
            throw new PlanRuleBroken(Rule.TOO_MANY, "tasks");
        }
        for (int i = 0; i < part.safetyConditions().size(); i++) {
            var condition = part.safetyConditions().get(i);
            if (condition.text().isEmpty()) {
                throw new PlanRuleBroken(Rule.CONDITION_WITHOUT_TEXT, "safetyConditions[" + i + "].text");
            }
            text(condition.text(), "safetyConditions[" + i + "].text");
        }
        for (int i = 0; i < part.tasks().size(); i++) {
            var task = part.tasks().get(i);
            var field = "tasks[" + i + "]";
            if (task.description().isEmpty()) {
                throw new PlanRuleBroken(Rule.TASK_WITHOUT_DESCRIPTION, field + ".description");
            }
            shortText(task.description(), field + ".description");
            shortText(task.heldBy(), field + ".heldBy");
            if (task.hoursPerMonth() < 0 || task.hoursPerMonth() > 744) {
                throw new PlanRuleBroken(Rule.TEXT_TOO_LONG, field + ".hoursPerMonth");
            }
            if (task.handOverTo().isPresent()) {
                var person = task.handOverTo().get();
                if (refused.stream().anyMatch(person::samePerson)) {
                    throw new PlanRuleBroken(Rule.REFUSED_PERSON, field + ".handOverTo");
                }
                if (known.stream().noneMatch(person::samePerson)) {
                    throw new PlanRuleBroken(Rule.UNKNOWN_PERSON, field + ".handOverTo");
                }
            }
        }
    }

    /** A plan can be accepted only when it says when it is looked at again. */
    public static void checkAcceptable(PlanContent content) {
        if (content.family().evaluationMoments().isEmpty()) {
            throw new PlanRuleBroken(Rule.NO_EVALUATION_MOMENT, "evaluationMoments");
        }
    }

    /**
     * Whether every acceptor has accepted this revision: then the version is accepted and kept as it is.
     * An acceptance of an earlier revision does not count: the text changed since.
     */
    public static boolean acceptedByAll(List<FamilyMember> acceptors, Map<java.util.UUID, Integer> acceptedRevisionByMember, int revision) {
        return !acceptors.isEmpty() && acceptors.stream().allMatch(member -> {
            var accepted = acceptedRevisionByMember.get(member.id());
            return accepted != null && accepted == revision;
        });
    }

    /**
     * The persons who would carry too much after this change: those given an agreement more than before,
     * who then hold {@code threshold} or more agreements in all the family's plans together.
     *
     * @param elsewhere agreements per person ({@link PersonRef#key()}) in the family's other plans
     */
    public static List<PersonRef> overloaded(FamilyPart before, FamilyPart after, Map<String, Integer> elsewhere, int threshold) {
        var countBefore = counts(before.agreements());
        var countAfter = counts(after.agreements());
        var names = new LinkedHashMap<String, PersonRef>();
        after.agreements().forEach(a -> a.persons().forEach(p -> names.putIfAbsent(p.key(), p)));
        var result = new ArrayList<PersonRef>();
        countAfter.forEach((key, count) -> {
            if (count > countBefore.getOrDefault(key, 0) && count + elsewhere.getOrDefault(key, 0) >= threshold) {
                result.add(names.get(key));
            }
        });
        return result;
    }

    /** Agreements per person ({@link PersonRef#key()}). */
    public static Map<String, Integer> counts(List<Agreement> agreements) {
        var counts = new LinkedHashMap<String, Integer>();
        for (var agreement : agreements) {
            agreement.persons().stream().map(PersonRef::key).distinct().forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    /** Whether this member may mark persons they do not want involved: any youth of the family, whatever their age. */
    public static boolean mayRefusePersons(FamilyMember member) {
        return member.relation() == Relation.YOUTH;
    }

    private static void text(String value, String field) {
        if (value.length() > MAX_TEXT) {
            throw new PlanRuleBroken(Rule.TEXT_TOO_LONG, field);
        }
    }

    private static void shortText(String value, String field) {
        if (value.length() > MAX_SHORT_TEXT) {
            throw new PlanRuleBroken(Rule.TEXT_TOO_LONG, field);
        }
    }
}
