package nl.kring.network.io;

import java.util.List;
import java.util.Map;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportType;

/**
 * How easyNWK's codes map onto Kring's, as found in easyNWK 2.7.1 (fhstp/easynwk-web):
 * {@code src/data/Gender.ts}, {@code src/data/Alter.ts} and the support selector in
 * {@code src/components/AlteriEditForm.vue}.
 */
final class EasyNwkCodes {

    /** easyNWK stores the German label of the gender (index 0 to 3 of its {@code Gender} list). */
    static final Map<String, Gender> GENDERS = Map.of(
            "weiblich", Gender.FEMALE,
            "männlich", Gender.MALE,
            "divers", Gender.OTHER,
            "nicht festgelegt", Gender.UNKNOWN);

    /** easyNWK's five support fields; it has no field for normative support. */
    static final Map<String, SupportType> SUPPORT_FIELDS = Map.of(
            "supportEmotional", SupportType.EMOTIONAL,
            "supportInstrumental", SupportType.PRACTICAL,
            "supportInformational", SupportType.INFORMATIONAL,
            "supportSocial", SupportType.COMPANIONSHIP,
            "supportLinking", SupportType.LINKING);

    /** Field order of easyNWK's {@code SupportFields}, used when writing. */
    static final List<String> SUPPORT_FIELD_ORDER = List.of(
            "supportEmotional", "supportInstrumental", "supportInformational", "supportSocial", "supportLinking");

    /** The easyNWK map is the ego's view: 1 "I support X", 2 "X supports me", 3 "we support each other". */
    static final int NO_SUPPORT = 0;

    private EasyNwkCodes() {
    }

    static String gender(Gender gender) {
        return switch (gender) {
            case FEMALE -> "weiblich";
            case MALE -> "männlich";
            case OTHER -> "divers";
            case UNKNOWN -> "nicht festgelegt";
        };
    }

    static SupportDirection direction(int value) {
        return switch (value) {
            case 1 -> SupportDirection.RECEIVES_FROM_CENTRE;
            case 2 -> SupportDirection.GIVES_TO_CENTRE;
            case 3 -> SupportDirection.MUTUAL;
            default -> null;
        };
    }

    static int direction(SupportDirection direction) {
        if (direction == null) {
            return NO_SUPPORT;
        }
        return switch (direction) {
            case RECEIVES_FROM_CENTRE -> 1;
            case GIVES_TO_CENTRE -> 2;
            case MUTUAL -> 3;
        };
    }

    /** easyNWK's {@code edgeType}: 0 no current edge to ego, 1 normal, 2 multiplex. */
    static CentreTie centreTie(int edgeType) {
        return switch (edgeType) {
            case 0 -> CentreTie.NONE;
            case 2 -> CentreTie.STRONG;
            default -> CentreTie.EXISTING;
        };
    }

    static int edgeType(CentreTie tie) {
        return switch (tie) {
            case NONE -> 0;
            case EXISTING -> 1;
            case STRONG -> 2;
        };
    }
}
