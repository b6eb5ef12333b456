package nl.kring.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What the family writes in its plan, in its own words. Only the family changes this part; a
 * professional proposes and comments beside it ({@link ProfessionalPart}).
 *
 * @param safety what everyone does to keep the child safe, and who is warned when
 * @param whenThingsGoWrong what to do when things threaten to go wrong
 * @param evaluationMoments when the plan is looked at again; at least one before it can be accepted
 */
public record FamilyPart(String question, String goingWell, String worries, String goals, List<Agreement> agreements, String safety,
        String whenThingsGoWrong, List<LocalDate> evaluationMoments) {

    public FamilyPart {
        question = Agreement.clean(question);
        goingWell = Agreement.clean(goingWell);
        worries = Agreement.clean(worries);
        goals = Agreement.clean(goals);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
        safety = Agreement.clean(safety);
        whenThingsGoWrong = Agreement.clean(whenThingsGoWrong);
        evaluationMoments = evaluationMoments == null ? List.of() : evaluationMoments.stream().sorted().distinct().toList();
    }

    public static FamilyPart empty() {
        return new FamilyPart("", "", "", "", List.of(), "", "", List.of());
    }
}
