package nl.kring.network.api;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of the network map: {@code messages-network.properties} (Dutch, also for any language
 * without its own file) and {@code messages-network_en.properties}. Kept out of the application's
 * {@code messageSource} bean so that this module brings its own bundle without touching the
 * application's configuration.
 */
@Component
class NetworkMessages {

    private final MessageSource bundle;

    NetworkMessages() {
        var source = new ResourceBundleMessageSource();
        source.setBasename("messages-network");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        this.bundle = source;
    }

    String get(String key, Locale locale, Object... arguments) {
        return bundle.getMessage(key, arguments, locale);
    }
}
