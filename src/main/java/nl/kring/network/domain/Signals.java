package nl.kring.network.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The signals of a map, from its figures and the configured thresholds. Each rule is a small method
 * named after its {@link SignalCode}; the result is ordered by code and then by person ids.
 */
public final class Signals {

    private Signals() {
    }

    /**
     * @param previous figures of the previous version, or null when there is none
     */
    public static List<Signal> detect(
            NetworkFigures figures,
            NetworkFigures previous,
            Centre centre,
            SignalThresholds thresholds,
            LocalDate today,
            ActivationInfo activation) {
        var signals = new ArrayList<Signal>();
        for (SignalCode code : SignalCode.values()) {
            switch (code) {
                case PROFESSIONALS_IN_INNER_CIRCLES -> professionalsInInnerCircles(figures, thresholds, signals);
                case SUPPORT_ONLY_FROM_PROFESSIONALS -> supportOnlyFromProfessionals(figures, signals);
                case SUPPORTER_OVERLOAD -> supporterOverload(figures, thresholds, activation, signals);
                case NO_RECIPROCITY -> noReciprocity(figures, signals);
                case ISOLATED_MEMBERS -> isolatedMembers(figures, thresholds, signals);
                case SINGLE_CONNECTOR -> singleConnector(figures, signals);
                case SHRINKING_NETWORK -> shrinkingNetwork(figures, previous, thresholds, signals);
                case TURNING_18 -> turning18(centre, thresholds, today, signals);
                case MAPPED_NOT_ACTIVATED -> mappedNotActivated(figures, activation, signals);
            }
        }
        return List.copyOf(signals);
    }

    /** Professionals make up a large share of the inner and middle circle: when care ends they leave a hole. */
    private static void professionalsInInnerCircles(
            NetworkFigures figures, SignalThresholds thresholds, List<Signal> signals) {
        var close = figures.members().stream()
                .filter(m -> m.circle() == Circle.INNER || m.circle() == Circle.MIDDLE)
                .toList();
        var professionals = close.stream().filter(Member::professional).map(Member::id).toList();
        if (close.isEmpty() || professionals.size() < thresholds.minProfessionalsInInnerCircles()) {
            return;
        }
        double share = (double) professionals.size() / close.size();
        if (share >= thresholds.professionalShareOfInnerCircles()) {
            signals.add(new Signal(SignalCode.PROFESSIONALS_IN_INNER_CIRCLES, professionals, figuresOf(
                    "professionals", professionals.size(),
                    "personsInInnerCircles", close.size(),
                    "share", share,
                    "threshold", thresholds.professionalShareOfInnerCircles())));
        }
    }

    /** One signal per support type that professionals give and no informal person does. */
    private static void supportOnlyFromProfessionals(NetworkFigures figures, List<Signal> signals) {
        figures.supportByType().forEach((type, givers) -> {
            if (givers.onlyProfessional()) {
                signals.add(new Signal(SignalCode.SUPPORT_ONLY_FROM_PROFESSIONALS, givers.professional(),
                        figuresOf("supportType", type.name(), "professionals", givers.professional().size())));
            }
        });
    }

    /** One signal per informal supporter who carries many support types or many agreements. */
    private static void supporterOverload(
            NetworkFigures figures, SignalThresholds thresholds, ActivationInfo activation, List<Signal> signals) {
        for (Member member : figures.members()) {
            if (member.professional()) {
                continue;
            }
            int types = member.givesToCentre().size();
            int agreements = activation.agreementsOf(member.id());
            if (types >= thresholds.overloadSupportTypes() || agreements >= thresholds.overloadAgreements()) {
                signals.add(new Signal(SignalCode.SUPPORTER_OVERLOAD, List.of(member.id()), figuresOf(
                        "supportTypes", types,
                        "agreements", agreements,
                        "supportTypesThreshold", thresholds.overloadSupportTypes(),
                        "agreementsThreshold", thresholds.overloadAgreements())));
            }
        }
    }

    /** Persons give support, but nothing goes back from the centre to anyone. */
    private static void noReciprocity(NetworkFigures figures, List<Signal> signals) {
        var givers = figures.members().stream().filter(Member::supportive).map(Member::id).toList();
        boolean anythingFlowsBack = figures.members().stream().anyMatch(Member::receivesFromCentre);
        if (!givers.isEmpty() && !anythingFlowsBack) {
            signals.add(new Signal(SignalCode.NO_RECIPROCITY, givers, figuresOf("givers", givers.size())));
        }
    }

    private static void isolatedMembers(NetworkFigures figures, SignalThresholds thresholds, List<Signal> signals) {
        if (figures.isolated().size() >= thresholds.minIsolatedMembers()
                && figures.personCount() >= thresholds.minPersonsForIsolation()) {
            signals.add(new Signal(SignalCode.ISOLATED_MEMBERS, figures.isolated(), figuresOf(
                    "isolated", figures.isolated().size(),
                    "personCount", figures.personCount())));
        }
    }

    /** One signal per articulation point. */
    private static void singleConnector(NetworkFigures figures, List<Signal> signals) {
        for (String id : figures.articulationPoints()) {
            signals.add(new Signal(SignalCode.SINGLE_CONNECTOR, List.of(id), figuresOf(
                    "degree", figures.degree().get(id),
                    "betweenness", figures.betweenness().get(id))));
        }
    }

    /** Fewer persons give support than in the previous version; names those who no longer do. */
    private static void shrinkingNetwork(
            NetworkFigures figures, NetworkFigures previous, SignalThresholds thresholds, List<Signal> signals) {
        if (previous == null) {
            return;
        }
        Set<String> before = supportiveIds(previous);
        Set<String> now = supportiveIds(figures);
        if (before.size() - now.size() >= thresholds.minDecreaseOfSupportivePersons()) {
            var gone = new TreeSet<>(before);
            gone.removeAll(now);
            signals.add(new Signal(SignalCode.SHRINKING_NETWORK, List.copyOf(gone), figuresOf(
                    "supportivePersonsBefore", before.size(),
                    "supportivePersonsNow", now.size())));
        }
    }

    private static Set<String> supportiveIds(NetworkFigures figures) {
        return figures.members().stream()
                .filter(Member::supportive)
                .map(Member::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Youth care stops at 18: the transition needs a plan well before that birthday. */
    private static void turning18(
            Centre centre, SignalThresholds thresholds, LocalDate today, List<Signal> signals) {
        if (centre.birthDate() == null || today == null) {
            return;
        }
        LocalDate eighteenth = centre.birthDate().plusYears(18);
        LocalDate horizon = today.plusMonths(thresholds.turning18WithinMonths());
        if (today.isBefore(eighteenth) && !eighteenth.isAfter(horizon)) {
            signals.add(new Signal(SignalCode.TURNING_18, List.of(), figuresOf(
                    "eighteenthBirthday", eighteenth.toString(),
                    "daysLeft", ChronoUnit.DAYS.between(today, eighteenth),
                    "withinMonths", thresholds.turning18WithinMonths())));
        }
    }

    /** A plan exists, yet informal persons on the map are part of no agreement in it. */
    private static void mappedNotActivated(NetworkFigures figures, ActivationInfo activation, List<Signal> signals) {
        if (!activation.plansExist()) {
            return;
        }
        var informal = figures.members().stream().filter(Member::informal).toList();
        var notAsked = informal.stream()
                .map(Member::id)
                .filter(id -> activation.agreementsOf(id) == 0)
                .toList();
        if (!notAsked.isEmpty()) {
            signals.add(new Signal(SignalCode.MAPPED_NOT_ACTIVATED, notAsked, figuresOf(
                    "notActivated", notAsked.size(),
                    "informalPersons", informal.size())));
        }
    }

    private static Map<String, Object> figuresOf(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
