package nl.kring.suggestions;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import nl.kring.network.domain.SupportType;
import nl.kring.suggestions.domain.SuggestionSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * "Who can help?" as configuration, for example {@code kring.suggestions.gap-types=EMOTIONAL,PRACTICAL} or
 * {@code kring.suggestions.max-per-level=3}. Every property is optional; a missing one keeps the default
 * documented at {@link SuggestionSettings}. Who is overloaded comes from the map's own thresholds
 * ({@code kring.network.signals.*}), so the map and the suggestions never disagree.
 *
 * @param programmeSupport per programme support form (INDIVIDUAL, HOUSEHOLD, PEER), the kinds of support it gives
 */
@ConfigurationProperties("kring.suggestions")
record SuggestionProperties(List<SupportType> gapTypes, List<String> assignedRoles, Integer maxPerLevel,
        java.util.Map<String, List<SupportType>> programmeSupport) {

    SuggestionSettings settings() {
        var defaults = SuggestionSettings.DEFAULTS;
        var programmes = new HashMap<>(defaults.programmeSupport());
        if (programmeSupport != null) {
            programmeSupport.forEach((form, types) -> programmes.put(form, Set.copyOf(types)));
        }
        return new SuggestionSettings(gapTypes == null ? defaults.gapTypes() : Set.copyOf(gapTypes),
                assignedRoles == null ? defaults.assignedRoles() : Set.copyOf(assignedRoles),
                maxPerLevel == null ? defaults.maxPerLevel() : maxPerLevel, programmes);
    }
}
