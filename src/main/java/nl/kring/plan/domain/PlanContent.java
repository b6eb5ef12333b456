package nl.kring.plan.domain;

import java.util.Objects;

/** One version's text: the family's part and the professionals' part, kept apart because different people may change them. */
public record PlanContent(FamilyPart family, ProfessionalPart professional) {

    public PlanContent {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(professional, "professional");
    }

    public static PlanContent empty() {
        return new PlanContent(FamilyPart.empty(), ProfessionalPart.empty());
    }

    public PlanContent withFamily(FamilyPart part) {
        return new PlanContent(part, professional);
    }

    public PlanContent withProfessional(ProfessionalPart part) {
        return new PlanContent(family, part);
    }
}
