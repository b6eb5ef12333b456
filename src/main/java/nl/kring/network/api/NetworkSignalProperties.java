package nl.kring.network.api;

import nl.kring.network.domain.SignalThresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The signal thresholds as configuration, for example
 * {@code kring.network.signals.overload-support-types=5}. Every property is optional; a missing one
 * keeps the default documented at {@link SignalThresholds}, so the defaults live in one place.
 */
@ConfigurationProperties("kring.network.signals")
public record NetworkSignalProperties(
        Double professionalShareOfInnerCircles,
        Integer minProfessionalsInInnerCircles,
        Integer overloadSupportTypes,
        Integer overloadAgreements,
        Integer minIsolatedMembers,
        Integer minPersonsForIsolation,
        Integer minDecreaseOfSupportivePersons,
        Integer turning18WithinMonths) {

    public SignalThresholds thresholds() {
        var defaults = SignalThresholds.DEFAULTS;
        return new SignalThresholds(
                or(professionalShareOfInnerCircles, defaults.professionalShareOfInnerCircles()),
                or(minProfessionalsInInnerCircles, defaults.minProfessionalsInInnerCircles()),
                or(overloadSupportTypes, defaults.overloadSupportTypes()),
                or(overloadAgreements, defaults.overloadAgreements()),
                or(minIsolatedMembers, defaults.minIsolatedMembers()),
                or(minPersonsForIsolation, defaults.minPersonsForIsolation()),
                or(minDecreaseOfSupportivePersons, defaults.minDecreaseOfSupportivePersons()),
                or(turning18WithinMonths, defaults.turning18WithinMonths()));
    }

    private static <T> T or(T value, T otherwise) {
        return value != null ? value : otherwise;
    }
}
