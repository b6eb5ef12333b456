package nl.kring.suggestions.domain;

import java.util.Optional;
import nl.kring.network.domain.SupportType;

/**
 * One reason why a suggestion fits (or why someone was left out), in plain words from the bundles:
 * {@code suggestions.reason.<CODE>} with the support type's name, a text and a number as arguments.
 */
public record Reason(Code code, Optional<SupportType> type, String text, Integer number) {

    public Reason {
        type = type == null ? Optional.empty() : type;
        text = text == null ? "" : text;
    }

    public static Reason of(Code code) {
        return new Reason(code, Optional.empty(), "", null);
    }

    public static Reason of(Code code, SupportType type) {
        return new Reason(code, Optional.of(type), "", null);
    }

    public static Reason of(Code code, String text) {
        return new Reason(code, Optional.empty(), text, null);
    }

    public static Reason of(Code code, int number) {
        return new Reason(code, Optional.empty(), "", number);
    }

    public static Reason of(Code code, String text, int number) {
        return new Reason(code, Optional.empty(), text, number);
    }

    public enum Code {
        /** already gives this kind of support */
        GIVES_ALREADY,
        /** gives other support already */
        GIVES_OTHER,
        /** not asked for anything in a plan yet */
        NOT_ASKED_YET,
        /** already has agreements in a plan (number) */
        HAS_AGREEMENTS,
        /** close to the family: inner circle */
        INNER_CIRCLE,
        /** middle circle */
        MIDDLE_CIRCLE,
        /** has time and can be reached */
        AVAILABLE,
        /** an assigned role (text: the role) */
        ASSIGNED_ROLE,
        /** a volunteer or buddy already on the map */
        ON_THE_MAP_ORGANISED,
        /** a programme for these ages (text: "6–24") */
        AGES,
        /** a programme whose volunteers live within this distance (number: km) */
        DISTANCE,
        /** about every so many weeks (number) */
        RHYTHM,
        /** for so many months (number) */
        LENGTH,
        /** an initiative offered in the region (text) */
        REGION,
        /** an initiative offered across the country */
        NATIONAL,
        /** the family's own words were found in the initiative */
        WORDS,
        /** who supports in the initiative (text) */
        BY_WHOM,
        /** a professional on the map who gives this support now */
        PROFESSIONAL_GIVES,
        // why someone on the map is not suggested
        REFUSED_BY_YOUTH,
        OVERLOADED,
        NOT_AVAILABLE,
        NOT_REACHABLE,
        CONFLICT,
        RISK;

        public String messageKey() {
            return "suggestions.reason." + name();
        }
    }
}
