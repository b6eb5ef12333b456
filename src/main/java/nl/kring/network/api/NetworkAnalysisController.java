package nl.kring.network.api;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.io.MapFormat;
import nl.kring.network.io.MapHistory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures and signals of an uploaded network map, without storing it. Reading lives in
 * {@code network.io}, computing in {@code network.domain}; this class only connects them to HTTP.
 */
@RestController
class NetworkAnalysisController {

    /** Dates such as "turns 18 within a year" are Dutch dates, whatever the server's time zone. */
    private static final ZoneId NETHERLANDS = ZoneId.of("Europe/Amsterdam");

    private final NetworkSignalProperties signals;
    private final NetworkAnalysisProperties analysis;
    private final NetworkMessages messages;
    private final Clock clock;

    NetworkAnalysisController(NetworkSignalProperties signals, NetworkAnalysisProperties analysis,
            NetworkMessages messages, ObjectProvider<Clock> clock) {
        this.signals = signals;
        this.analysis = analysis;
        this.messages = messages;
        this.clock = clock.getIfAvailable(() -> Clock.system(NETHERLANDS));
    }

    /**
     * Analyses a map in Kring's own format, or with {@code ?format=easynwk} the newest version of an
     * easyNWK record, compared with the version before it.
     */
    @PostMapping(path = "/api/v1/network-analysis", consumes = MediaType.APPLICATION_JSON_VALUE)
    NetworkAnalysisResponse analyse(
            @RequestParam(name = "format", required = false) String format, InputStream body, Locale locale) {
        MapHistory history = MapFormat.fromParameter(format).read(body);
        MapVersion previous = history.previous().orElse(null);
        var figures = NetworkAnalysis.of(
                history.latest(), previous, signals.thresholds(), LocalDate.now(clock), ActivationInfo.none(),
                analysis.cliqueLimit());
        return NetworkAnalysisResponse.of(
                figures, history.latest().number(), previous == null ? null : previous.number(), messages, locale);
    }
}
