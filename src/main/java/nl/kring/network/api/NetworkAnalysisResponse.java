package nl.kring.network.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.Signal;
import nl.kring.network.domain.SupportGivers;

/**
 * The figures of a map as JSON. Person ids are exactly those of the input; maps keyed by person are
 * sorted by id, maps keyed by a code list every code.
 *
 * @param version number of the analysed (newest) version
 * @param previousVersion number of the version it was compared with, or null
 * @param cliques the largest maximal cliques, at most {@code kring.network.analysis.max-cliques}
 * @param cliquesCut whether there are more cliques than {@code cliques} lists
 * @param cliquesExamined how many cliques the search found, the listed ones included
 * @param cliqueSearchComplete whether the search looked at the whole map; when false it stopped early
 *        and {@code cliques} are the largest of the examined ones
 */
public record NetworkAnalysisResponse(
        int version,
        Integer previousVersion,
        int personCount,
        int tieCount,
        double density,
        Map<String, Integer> degree,
        List<String> isolated,
        List<List<String>> cliques,
        boolean cliquesCut,
        int cliquesExamined,
        boolean cliqueSearchComplete,
        List<String> articulationPoints,
        int components,
        Map<String, Double> betweenness,
        Map<String, Integer> sectors,
        Map<String, Integer> circles,
        Map<String, SupportGivers> supportByType,
        List<SignalResponse> signals) {

    /** A signal with its title and explanation in the language of the request. */
    public record SignalResponse(
            String code, List<String> personIds, Map<String, Object> figures, String title, String explanation) {
    }

    static NetworkAnalysisResponse of(
            NetworkFigures figures, int version, Integer previousVersion, NetworkMessages messages, Locale locale) {
        return new NetworkAnalysisResponse(
                version,
                previousVersion,
                figures.personCount(),
                figures.tieCount(),
                figures.density(),
                figures.degree(),
                figures.isolated(),
                figures.cliques(),
                figures.cliqueSearch().cut(),
                figures.cliqueSearch().examined(),
                figures.cliqueSearch().complete(),
                figures.articulationPoints(),
                figures.components(),
                figures.betweenness(),
                byName(figures.sectors()),
                byName(figures.circles()),
                byName(figures.supportByType()),
                figures.signals().stream().map(signal -> signal(signal, messages, locale)).toList());
    }

    private static SignalResponse signal(Signal signal, NetworkMessages messages, Locale locale) {
        return new SignalResponse(
                signal.code().name(),
                signal.personIds(),
                signal.figures(),
                messages.get(signal.code().titleKey(), locale),
                messages.get(signal.code().explanationKey(), locale));
    }

    private static <E extends Enum<E>, V> Map<String, V> byName(Map<E, V> byCode) {
        var result = new LinkedHashMap<String, V>();
        byCode.forEach((code, value) -> result.put(code.name(), value));
        return result;
    }
}
