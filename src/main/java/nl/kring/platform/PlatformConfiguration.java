package nl.kring.platform;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Clock and language: Dutch by default, English on request ({@code ?lang=en}, remembered in a cookie). */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class PlatformConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.of("nl");
    static final java.util.List<Locale> SUPPORTED = java.util.List.of(DUTCH, Locale.ENGLISH);

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("KRING_LANG");
        resolver.setDefaultLocale(DUTCH);
        // Pages speak Dutch until the reader switches; API clients may ask for English with Accept-Language.
        resolver.setDefaultLocaleFunction(request -> {
            var accept = request.getHeader("Accept-Language");
            if (request.getRequestURI().startsWith("/api/") && accept != null && !accept.isBlank()) {
                try {
                    var match = Locale.lookup(Locale.LanguageRange.parse(accept), SUPPORTED);
                    return match != null ? match : DUTCH;
                } catch (IllegalArgumentException malformed) {
                    return DUTCH;
                }
            }
            return DUTCH;
        });
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }
}
