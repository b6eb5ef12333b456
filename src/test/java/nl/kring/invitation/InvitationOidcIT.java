package nl.kring.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.OidcSignUp;
import nl.kring.identity.Role;
import nl.kring.identity.SignInReturn;
import nl.kring.support.Http;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taking up an invitation by signing in through the configured OIDC provider, instead of choosing a
 * password. An application of its own with a client registration ("Testinlog") whose provider is never
 * reached: the pages are tested through HTTP up to the redirect to the provider, and the provider's answer
 * (an ID token) is handed to Kring's OIDC user service the way Spring Security does after the code exchange.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.security.oauth2.client.registration.kringtest.client-id=kring-test",
        "spring.security.oauth2.client.registration.kringtest.client-secret=not-secret",
        "spring.security.oauth2.client.registration.kringtest.client-name=Testinlog",
        "spring.security.oauth2.client.registration.kringtest.scope=openid",
        "spring.security.oauth2.client.registration.kringtest.authorization-grant-type=authorization_code",
        "spring.security.oauth2.client.registration.kringtest.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
        "spring.security.oauth2.client.provider.kringtest.authorization-uri=http://idp.invalid/authorize",
        "spring.security.oauth2.client.provider.kringtest.token-uri=http://idp.invalid/token",
        "spring.security.oauth2.client.provider.kringtest.jwk-set-uri=http://idp.invalid/jwks",
        "spring.security.oauth2.client.provider.kringtest.user-name-attribute=sub"})
@ActiveProfiles("test")
class InvitationOidcIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern LINK = Pattern.compile("http://[^\\s\"<]+/invitations/([A-Za-z0-9_-]+)");
    private static final String ISSUER = "https://idp.example.org";

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired JdbcClient jdbc;
    @Autowired ClientRegistrationRepository registrations;
    @Autowired OAuth2UserService<OidcUserRequest, OidcUser> oidcUsers;

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    record Setup(UUID familyId, Http api, JsonNode file) {
        String member(String givenName) {
            for (var m : file.get("members")) {
                if (m.get("givenName").asString().equals(givenName)) {
                    return "member:" + m.get("id").asString();
                }
            }
            throw new AssertionError(givenName);
        }
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new team, its professional, and a file: youth Sanne (13) and mother Mirjam with authority. */
    Setup family() {
        var team = accounts.createTeam("Wijkteam Oidc " + marker() + " (test)");
        var id = accounts.create(new NewAccount("test-oidc-prof-" + marker(), "Hulpverlener Oidc", "a-long-test-password",
                Set.of(Role.PROFESSIONAL), Optional.of(team.id())));
        var api = Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
        var birth = LocalDate.now().minusYears(13).minusDays(20);
        var created = api.postJson("/api/v1/families", """
                {"name":"Gezin Oidc","members":[
                 {"givenName":"Sanne","familyName":"Oidc","relation":"YOUTH","birthDate":"%s","careSituation":"NO_CARE"},
                 {"givenName":"Mirjam","familyName":"Oidc","relation":"PARENT","carerKind":"MOTHER","parentalAuthority":true,"authoritySince":"%s"}]}
                """.formatted(birth, birth));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var familyId = UUID.fromString(JSON.readTree(created.body()).get("id").asString());
        return new Setup(familyId, api, JSON.readTree(api.get("/api/v1/families/" + familyId).body()));
    }

    /** Invites the member; the token of the link in the stored message. */
    String invite(Setup setup, String givenName) {
        var email = givenName.toLowerCase() + "-" + marker() + "@example.org";
        var sent = setup.api().postJson("/api/v1/families/" + setup.familyId() + "/invitations",
                "{\"invitee\":\"" + setup.member(givenName) + "\",\"email\":\"" + email + "\",\"language\":\"nl\"}");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(201);
        var text = jdbc.sql("select plain_text from mail_message where recipient = ? order by created_at desc limit 1").param(email)
                .query(String.class).single();
        var matcher = LINK.matcher(text);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    /** What Spring Security does with the provider's answer, in a request whose session holds {@code session}'s attributes. */
    OidcUser providerSaysSignedIn(MockHttpSession session, String subject) {
        var request = new MockHttpServletRequest();
        request.setSession(session);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        var now = Instant.now();
        var idToken = OidcIdToken.withTokenValue("id-token").issuer(ISSUER).subject(subject).audience(List.of("kring-test"))
                .issuedAt(now).expiresAt(now.plusSeconds(300)).claim("name", "Mirjam bij de provider").build();
        var accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access-token", now, now.plusSeconds(300), Set.of("openid"));
        return oidcUsers.loadUser(new OidcUserRequest(registrations.findByRegistrationId("kringtest"), accessToken, idToken));
    }

    static MockHttpSession claiming(String token) {
        var session = new MockHttpSession();
        OidcSignUp.Pending.remember(session, token);
        return session;
    }

    UUID accountId(OidcUser user) {
        // the session remembers only the account id, read back through the identity module
        return jdbc.sql("select id from account where oidc_issuer = ? and oidc_subject = ?").params(ISSUER, user.getSubject())
                .query(UUID.class).single();
    }

    String invitationState(Setup setup) {
        return JSON.readTree(setup.api().get("/api/v1/families/" + setup.familyId() + "/invitations").body()).get("invitations").get(0)
                .get("state").asString();
    }

    @Test
    void theInvitationPageOffersTheProviderAndItsLinkLeadsToTheProviderRememberingTheInvitation() {
        var setup = family();
        var token = invite(setup, "Mirjam");
        var visitor = Http.anonymous(port);
        var page = visitor.get("/invitations/" + token);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Inloggen met Testinlog", "action=\"/invitations/" + token + "/oidc/kringtest\"");
        assertThat(visitor.get("/invitations/" + token + "?lang=en").body()).contains("Sign in with Testinlog");
        visitor.get("/invitations/" + token + "?lang=nl");

        var start = visitor.submit("/invitations/" + token, "/invitations/" + token + "/oidc/kringtest", Map.of());
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(start.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/kringtest");
        var toProvider = visitor.get("/oauth2/authorization/kringtest");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        assertThat(toProvider.headers().firstValue("Location").orElseThrow()).startsWith("http://idp.invalid/authorize")
                .contains("client_id=kring-test", "scope=openid");
        // the session holds the claim until the provider answers
        assertThat(jdbc.sql("select count(*) from spring_session_attributes where attribute_name = 'kring.oidcSignUp'")
                .query(Integer.class).single()).isPositive();

        // a provider that is not configured, or a link that was used, goes back to the link's page
        assertThat(visitor.get("/invitations/" + token + "/oidc/kringtest").statusCode()).isEqualTo(405);
        assertThat(visitor.submit("/invitations/" + token, "/invitations/" + token + "/oidc/other", Map.of()).headers().firstValue("Location")
                .orElseThrow())
                .endsWith("/invitations/" + token);
        assertThat(Http.anonymous(port).get("/login").body()).contains("/oauth2/authorization/kringtest");
    }

    @Test
    void afterTheProvidersSignInTheNewAccountHasExactlyTheInvitationsRoleAndFileAndTheLinkIsUsed() {
        var setup = family();
        var token = invite(setup, "Mirjam");
        var session = claiming(token);
        var subject = "mirjam-" + marker();
        var user = providerSaysSignedIn(session, subject);
        var id = accountId(user);

        var account = accounts.find(id).orElseThrow();
        assertThat(account.roles()).containsExactly(Role.PARENT);
        assertThat(account.teamId()).isEmpty();
        assertThat(account.displayName()).isEqualTo("Mirjam Oidc");
        assertThat(invitationState(setup)).isEqualTo("USED");
        // she continues to her family's file, and the claim is gone
        assertThat(SignInReturn.take(session)).contains("/families/" + setup.familyId());
        assertThat(OidcSignUp.Pending.take(session)).isEmpty();
        // no password: the sign-in form does not know the account
        assertThat(jdbc.sql("select password_hash is null from account where id = ?").param(id).query(Boolean.class).single()).isTrue();
        // she sees her family's file, as any parent with authority
        var mother = Http.withToken(port, tokens.create(id, "test", Duration.ofDays(1)).token());
        assertThat(mother.get("/api/v1/families/" + setup.familyId()).statusCode()).isEqualTo(200);
        assertThat(mother.get("/api/v1/families/" + setup.familyId() + "/audit").body()).contains("INVITATION_ACCEPT");

        // the next sign-in through the provider finds the same account, without any claim
        assertThat(accountId(providerSaysSignedIn(new MockHttpSession(), subject))).isEqualTo(id);
    }

    @Test
    void aLinkTakenUpOnceCannotMakeASecondAccount_andASubjectWithoutAClaimGetsNone() {
        var setup = family();
        var token = invite(setup, "Sanne");
        var first = providerSaysSignedIn(claiming(token), "sanne-" + marker());
        assertThat(accounts.find(accountId(first)).orElseThrow().roles()).containsExactly(Role.YOUTH);

        var stranger = "stranger-" + marker();
        assertThatThrownBy(() -> providerSaysSignedIn(claiming(token), stranger)).isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                e -> assertThat(e.getError().getErrorCode()).isEqualTo("account_not_linked"));
        assertThatThrownBy(() -> providerSaysSignedIn(new MockHttpSession(), stranger)).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(jdbc.sql("select count(*) from account where oidc_subject = ?").param(stranger).query(Integer.class).single()).isZero();
        var used = Http.anonymous(port).get("/invitations/" + token);
        assertThat(used.statusCode()).isEqualTo(410);
        assertThat(used.body()).doesNotContain("Inloggen met Testinlog");
    }

    @Test
    void anExpiredOrWithdrawnLinkMakesNoAccount() {
        var setup = family();
        var token = invite(setup, "Mirjam");
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where family_id = ?").param(setup.familyId()).update();
        var subject = "late-" + marker();
        assertThatThrownBy(() -> providerSaysSignedIn(claiming(token), subject)).isInstanceOf(OAuth2AuthenticationException.class);
        assertThat(jdbc.sql("select count(*) from account where oidc_subject = ?").param(subject).query(Integer.class).single()).isZero();
        assertThat(invitationState(setup)).isEqualTo("EXPIRED");
        // the page no longer offers it, and its link goes back to the page that says why
        var visitor = Http.anonymous(port);
        assertThat(visitor.get("/invitations/" + token).body()).doesNotContain("/oidc/kringtest");
        assertThat(visitor.submit("/invitations/" + token, "/invitations/" + token + "/oidc/kringtest", Map.of()).headers()
                .firstValue("Location").orElseThrow()).endsWith("/invitations/" + token);
    }
}
