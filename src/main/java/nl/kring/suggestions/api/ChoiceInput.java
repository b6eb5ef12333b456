package nl.kring.suggestions.api;

import java.util.Optional;
import java.util.UUID;
import nl.kring.network.domain.SupportType;
import nl.kring.platform.web.FormValues;
import nl.kring.platform.web.Refusal;
import nl.kring.suggestions.domain.Choice;

/**
 * A choice as a form or the API sends it, as text: turned into the domain here for both, so that a wrong value gets
 * the same translated 400 naming the same field on the page and in the API.
 */
public final class ChoiceInput {

    private ChoiceInput() {}

    public static Choice choice(String kind, Optional<String> planId, String what, String supportType, String when, String start,
            String note) {
        Choice.Kind parsed;
        try {
            parsed = Choice.Kind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException unknown) {
            throw Refusal.badInput("suggestions.error.kind", "kind");
        }
        return switch (parsed) {
            case ASK_IN_PLAN -> new Choice.AskInPlan(plan(planId), what, supportType(supportType, "supportType", true), when,
                    FormValues.optionalDate(start, "suggestions.error.start", "start").orElse(null));
            case NOTE_FOR_PROFESSIONAL -> new Choice.NoteForProfessional(note);
        };
    }

    private static Optional<UUID> plan(Optional<String> planId) {
        return planId.map(String::strip).filter(id -> !id.isEmpty()).map(id -> FormValues.uuid(id, "plan.error.whichPlan", "planId"));
    }

    /** A kind of support by its code; blank is refused when {@code required}, else empty (null). */
    public static SupportType supportType(String code, String field, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw Refusal.badInput("suggestions.error.supportType", field);
            }
            return null;
        }
        try {
            return SupportType.valueOf(code.strip());
        } catch (IllegalArgumentException unknown) {
            throw Refusal.badInput("suggestions.error.supportType", field);
        }
    }
}
