package nl.kring.suggestions.domain;

import java.util.Map;
import java.util.Set;
import nl.kring.network.domain.SupportType;

/**
 * The configuration of "who can help?" (in the application {@code kring.suggestions.*}). The defaults are
 * starting points for a conversation with practitioners, not research findings.
 *
 * @param gapTypes the kinds of support whose absence on the map counts as a gap (default emotional, practical,
 *        companionship: the ones the seeds name as everyday needs of a family)
 * @param assignedRoles role codes on the map that make someone level 2, "everyday with an assigned role", also
 *        without that level given (default godparent, carer, foster parent, guardian and mentor: a JIM)
 * @param maxPerLevel at most this many persons per level and need, and as many initiatives of the catalogue (default 5);
 *        every fitting programme in Kring is shown
 * @param programmeSupport per programme support form, the kinds of support a volunteer in it gives
 */
public record SuggestionSettings(Set<SupportType> gapTypes, Set<String> assignedRoles, int maxPerLevel,
        Map<String, Set<SupportType>> programmeSupport) {

    public static final SuggestionSettings DEFAULTS = new SuggestionSettings(
            Set.of(SupportType.EMOTIONAL, SupportType.PRACTICAL, SupportType.COMPANIONSHIP),
            Set.of("GODPARENT", "CARER", "FOSTER_PARENT", "GUARDIAN", "MENTOR"),
            5,
            Map.of("INDIVIDUAL", Set.of(SupportType.EMOTIONAL, SupportType.COMPANIONSHIP, SupportType.PRACTICAL, SupportType.NORMATIVE,
                            SupportType.INFORMATIONAL, SupportType.LINKING),
                    "HOUSEHOLD", Set.of(SupportType.PRACTICAL, SupportType.COMPANIONSHIP, SupportType.EMOTIONAL, SupportType.NORMATIVE),
                    "PEER", Set.of(SupportType.EMOTIONAL, SupportType.INFORMATIONAL, SupportType.NORMATIVE, SupportType.COMPANIONSHIP)));

    public SuggestionSettings {
        gapTypes = Set.copyOf(gapTypes);
        assignedRoles = Set.copyOf(assignedRoles);
        programmeSupport = Map.copyOf(programmeSupport);
        if (maxPerLevel < 1) {
            throw new IllegalArgumentException("maxPerLevel must be at least 1: " + maxPerLevel);
        }
    }
}
