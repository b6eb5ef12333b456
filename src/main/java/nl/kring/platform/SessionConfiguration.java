package nl.kring.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in PostgreSQL write their attributes with an upsert. Without it, the first requests of a fresh session
 * that arrive together (two tabs, htmx requests in parallel) each insert the same new attribute — the CSRF token —
 * and all but one fail half-way through the page with a duplicate key (seen under load: pages cut off mid-render).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesAsUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
