package nl.kring.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused start of the embedded database into Spring Boot's short report instead of a stack trace. */
public final class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseRefused> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseRefused cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
