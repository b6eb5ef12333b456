package nl.kring.matching.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the stateless solver, for example {@code kring.matching.solve.max-candidates=500000}. A body
 * above a limit is refused with 413 before it is solved, so no request runs for long. The defaults are
 * several times the size the endpoint is measured at (2,000 requests, 5,000 volunteers, 80,000
 * candidates; see docs/performance.md).
 */
@ConfigurationProperties("kring.matching.solve")
public record MatchingSolveProperties(Integer maxRequests, Integer maxVolunteers, Integer maxCandidates, DataSize maxBody) {

    static final int DEFAULT_MAX_REQUESTS = 20_000;
    static final int DEFAULT_MAX_VOLUNTEERS = 50_000;
    static final int DEFAULT_MAX_CANDIDATES = 500_000;
    static final DataSize DEFAULT_MAX_BODY = DataSize.ofMegabytes(32);

    public MatchingSolveProperties {
        maxRequests = positive("max-requests", maxRequests, DEFAULT_MAX_REQUESTS);
        maxVolunteers = positive("max-volunteers", maxVolunteers, DEFAULT_MAX_VOLUNTEERS);
        maxCandidates = positive("max-candidates", maxCandidates, DEFAULT_MAX_CANDIDATES);
        maxBody = maxBody == null ? DEFAULT_MAX_BODY : maxBody;
        if (maxBody.toBytes() < 1 || maxBody.toBytes() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("kring.matching.solve.max-body must be between 1 byte and 2 GB: " + maxBody);
        }
    }

    private static int positive(String name, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 1) {
            throw new IllegalArgumentException("kring.matching.solve." + name + " must be at least 1: " + value);
        }
        return value;
    }
}
