package nl.kring.identity.security;

import java.util.List;
import java.util.Map;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.Role;
import nl.kring.identity.SecondFactors;
import nl.kring.identity.UnauthenticatedAccessListener;
import nl.kring.platform.DemoMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Two doors: the API ({@code /api/**}, stateless, personal access tokens) and the pages (form or OIDC
 * sign-in, session in PostgreSQL, CSRF on every form). Both deny by default.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** No inline script anywhere; styles from our own origin only. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The API explorer (Swagger UI) sets styles inline; scripts stay restricted to our origin. */
    static final String API_EXPLORER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for every new hash; bcrypt hashes (e.g. imported accounts) are still accepted.
        var argon2 = "argon2";
        return new DelegatingPasswordEncoder(argon2, Map.of(
                argon2, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, Accounts accounts, DemoMode demo, MessageSource messages,
            LocaleResolver locales,
            List<UnauthenticatedAccessListener> listeners) throws Exception {
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are accepted here, so there is nothing to forge
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, demo.enabled()), AnonymousAuthenticationFilter.class)
                .addFilterAfter(new AccountRefreshFilter(accounts), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/network-analysis").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/matching/solve").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/support-requests").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/volunteers").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/catalogue", "/api/v1/catalogue/**").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> {
                            listeners.forEach(l -> l.refused(request));
                            response.setHeader("WWW-Authenticate", "Bearer");
                            ProblemResponses.write(request, response, messages, locales, 401, "problem.unauthenticated");
                        })
                        .accessDeniedHandler((request, response, ex) ->
                                ProblemResponses.write(request, response, messages, locales, 403, "problem.forbidden")))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** The API description and its explorer page are public: they describe the API, they hold no data. */
    @Bean
    @Order(1)
    SecurityFilterChain apiExplorer(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/swagger-ui/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(API_EXPLORER_POLICY))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, Accounts accounts, LoginAttempts attempts,
            List<UnauthenticatedAccessListener> listeners, ObjectProvider<ClientRegistrationRepository> oidc,
            AccountOidcUserService oidcUsers, SecondFactors secondFactors) throws Exception {
        var signIn = new LoginUrlAuthenticationEntryPoint("/login");
        http.addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountRefreshFilter(accounts), AnonymousAuthenticationFilter.class)
                // a session whose second sign-in step is still to come reaches only that step
                .addFilterBefore(new SecondFactorGate(), ExceptionTranslationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/login", "/error", "/error/**", "/css/**", "/js/**", "/vendor/**", "/img/**", "/invitations/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/vraag-steun", "/vraag-steun/**").permitAll()
                        .requestMatchers("/vrijwilliger-worden", "/vrijwilliger-worden/**").permitAll()
                        .requestMatchers("/api-docs").permitAll()
                        .requestMatchers(HttpMethod.GET, "/catalogus", "/catalogus/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/catalogus/voorstel").permitAll()
                        .requestMatchers("/admin/**").hasRole(Role.ADMINISTRATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureUrl("/login?error")
                        .successHandler(new SecondFactorSignIn(secondFactors, accounts)).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .invalidateHttpSession(true).deleteCookies("KRING_SESSION"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                    listeners.forEach(l -> l.refused(request));
                    signIn.commence(request, response, ex);
                }))
                .headers(h -> h
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        if (oidc.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").failureUrl("/login?error")
                    .userInfoEndpoint(u -> u.oidcUserService(oidcUsers)));
        }
        return http.build();
    }
}
