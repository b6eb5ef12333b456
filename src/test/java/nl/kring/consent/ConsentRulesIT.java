package nl.kring.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.domain.Approval;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Consent;
import nl.kring.consent.domain.Recipient;
import nl.kring.consent.store.ConsentStore;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.identity.NewAccount;
import nl.kring.identity.Role;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMapRegistry;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The age rules, the transitions at 12 and 16, withdrawal and the recipients outside the network,
 * through the consent API and pages against the real app: who must agree before anything is shown,
 * and what the recipient sees at each step.
 */
@IntegrationTest
class ConsentRulesIT {

    static final String PASSWORD = "a-long-test-password";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired FamilyRegistry families;
    @Autowired NetworkMapRegistry maps;
    @Autowired ConsentStore consents;

    /** A test family: one youth of the given age (in days less than whole years: 0 = birthday today). */
    record Family(UUID id, UUID youth, UUID mother, UUID father, UUID stepfather, UUID contact, UUID map,
            String youthUser, String motherUser, String fatherUser, String stepfatherUser, String grandmaUser) {}

    static int counter = 0;

    Family family(int ageYears, int daysSinceBirthday) {
        var n = "r" + (++counter) + "-" + UUID.randomUUID().toString().substring(0, 6);
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var youthAccount = account("youth-" + n, Role.YOUTH);
        var motherAccount = account("mother-" + n, Role.PARENT);
        var fatherAccount = account("father-" + n, Role.PARENT);
        var stepAccount = account("step-" + n, Role.PARENT);
        var grandmaAccount = account("grandma-" + n, Role.NETWORK_MEMBER);
        var born = LocalDate.now(Consent.ZONE).minusYears(ageYears).minusDays(daysSinceBirthday);
        var id = families.createFamily("Gezin Regels " + n + " (test)", north, FamilyStatus.ACTIVE, false);
        var youth = families.addMember(id, member(youthAccount, "Jip" + n, Relation.YOUTH, born, false));
        var mother = families.addMember(id, member(motherAccount, "Moeder" + n, Relation.PARENT, born.minusYears(30), true));
        var father = families.addMember(id, member(fatherAccount, "Vader" + n, Relation.PARENT, born.minusYears(32), true));
        var step = families.addMember(id, member(stepAccount, "Stiefvader" + n, Relation.PARENT, born.minusYears(35), false));
        var contact = families.addNetworkContact(id, Optional.of(grandmaAccount), "Oma Truus " + n + " (test)", "GRANDPARENT");
        var map = maps.createMap(id, "Kaart " + n, MapSummary.Perspective.YOUTH, MapSummary.CentreKind.YOUTH, Optional.of(youth),
                List.of(new MapVersion(Centre.named("Jip"), List.of(MapPerson.builder("oma", "Oma Truus").at(45, 30).build()), List.of())));
        return new Family(id, youth, mother, father, step, contact, map,
                "youth-" + n, "mother-" + n, "father-" + n, "step-" + n, "grandma-" + n);
    }

    UUID account(String username, Role role) {
        return accounts.create(new NewAccount(username, username + " (test)", PASSWORD, Set.of(role), Optional.empty()));
    }

    static FamilyMember member(UUID account, String given, Relation relation, LocalDate born, boolean authority) {
        return new FamilyMember(UUID.randomUUID(), Optional.of(account), given, "Regels", relation, Optional.of(born), authority);
    }

    Http api(String username) {
        var id = accounts.findByUsername(username).orElseThrow().id();
        return Http.withToken(port, tokens.create(id, "test", Duration.ofHours(1)).token());
    }

    static String consents(Family f) {
        return "/api/v1/families/" + f.id() + "/consents";
    }

    static String mapApi(Family f) {
        return "/api/v1/families/" + f.id() + "/maps/" + f.map();
    }

    static JsonNode json(java.net.http.HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    UUID propose(Family f, String by, String recipientJson, String categories) {
        var response = api(by).postJson(consents(f), """
                {"subjectId":"%s",%s,"categories":[%s],"purpose":"Zodat oma kan helpen (test)"}
                """.formatted(f.youth(), recipientJson, categories));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return UUID.fromString(json(response).get("id").asString());
    }

    UUID proposeToGrandma(Family f, String by) {
        return propose(f, by, "\"networkContactId\":\"" + f.contact() + "\"", "\"NETWORK_MAP\"");
    }

    JsonNode consent(Family f, String by, UUID consent) {
        var response = api(by).get(consents(f) + "/" + consent);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    int approve(Family f, String by, UUID consent) {
        return api(by).postJson(consents(f) + "/" + consent + "/approval", "").statusCode();
    }

    int withdraw(Family f, String by, UUID consent) {
        return api(by).postJson(consents(f) + "/" + consent + "/withdrawal", "").statusCode();
    }

    int grandmaReadsTheMap(Family f) {
        return api(f.grandmaUser()).get(mapApi(f)).statusCode();
    }

    @Test
    void underTwelveEveryParentWithAuthorityDecidesAndNobodyElse() {
        var f = family(9, 40);
        var consent = proposeToGrandma(f, f.motherUser());
        var pending = consent(f, f.motherUser(), consent);
        assertThat(pending.get("state").asString()).isEqualTo("PENDING");
        assertThat(pending.get("awaitingApprovalFrom").toString()).contains("Vader").doesNotContain("Jip", "Stiefvader");
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);

        assertThat(approve(f, f.youthUser(), consent)).as("a youth of 9 does not decide").isEqualTo(403);
        assertThat(approve(f, f.stepfatherUser(), consent)).as("a parent without authority does not decide").isEqualTo(403);
        assertThat(withdraw(f, f.stepfatherUser(), consent)).isEqualTo(403);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);

        var approved = api(f.fatherUser()).postJson(consents(f) + "/" + consent + "/approval", "");
        assertThat(approved.statusCode()).isEqualTo(200);
        assertThat(json(approved).get("state").asString()).isEqualTo("EFFECTIVE");
        assertThat(grandmaReadsTheMap(f)).isEqualTo(200);
        assertThat(api(f.grandmaUser()).get("/api/v1/families/" + f.id()).statusCode()).as("the map, not the file").isEqualTo(404);

        assertThat(withdraw(f, f.fatherUser(), consent)).isEqualTo(200);
        assertThat(grandmaReadsTheMap(f)).as("withdrawal takes effect at once").isEqualTo(404);
        assertThat(approve(f, f.motherUser(), consent)).as("a withdrawal is final").isEqualTo(403);
    }

    @Test
    void aParentWithoutAuthorityHasNoRightToTheFileButTheFamilyCanShareWithThemAsWithAnyoneAroundIt() {
        var f = family(9, 40);
        var stepfather = api(f.stepfatherUser());
        assertThat(stepfather.get("/api/v1/families/" + f.id()).statusCode()).as("known, so refused").isEqualTo(403);
        assertThat(stepfather.get("/api/v1/families").body()).doesNotContain(f.id().toString());
        assertThat(stepfather.get(mapApi(f)).statusCode()).isEqualTo(403);
        assertThat(stepfather.get(consents(f)).statusCode()).isEqualTo(403);

        var stepAccount = accounts.findByUsername(f.stepfatherUser()).orElseThrow().id();
        var asContact = families.addNetworkContact(f.id(), Optional.of(stepAccount), "Stiefvader (test)", "STEP_PARENT");
        var consent = propose(f, f.motherUser(), "\"networkContactId\":\"" + asContact + "\"", "\"NETWORK_MAP\"");
        assertThat(stepfather.get(mapApi(f)).statusCode()).as("the father has not agreed yet").isEqualTo(403);
        assertThat(approve(f, f.fatherUser(), consent)).isEqualTo(200);
        assertThat(stepfather.get(mapApi(f)).statusCode()).isEqualTo(200);
        assertThat(stepfather.get("/api/v1/families/" + f.id()).statusCode()).as("the map, not the file").isEqualTo(403);
        assertThat(stepfather.get("/api/v1/families/" + f.id() + "/notes").statusCode()).isEqualTo(403);
        assertThat(Http.signedIn(port, f.stepfatherUser(), PASSWORD).get("/").body()).contains(f.id().toString());
        assertThat(withdraw(f, f.motherUser(), consent)).isEqualTo(200);
        assertThat(stepfather.get(mapApi(f)).statusCode()).isEqualTo(403);
    }

    @Test
    void fromTwelveTheYouthAndTheParentsWithAuthorityDecideTogether() {
        var f = family(13, 10);
        var consent = proposeToGrandma(f, f.youthUser());
        assertThat(consent(f, f.youthUser(), consent).get("awaitingApprovalFrom").toString()).contains("Moeder", "Vader").doesNotContain("Jip");
        assertThat(approve(f, f.motherUser(), consent)).isEqualTo(200);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);
        assertThat(approve(f, f.fatherUser(), consent)).isEqualTo(200);
        assertThat(consent(f, f.youthUser(), consent).get("state").asString()).isEqualTo("EFFECTIVE");
        assertThat(grandmaReadsTheMap(f)).isEqualTo(200);

        // a "no" from the youth alone ends it
        assertThat(withdraw(f, f.youthUser(), consent)).isEqualTo(200);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);
    }

    @Test
    void fromSixteenTheYouthAloneDecides() {
        var f = family(17, 100);
        var byMother = proposeToGrandma(f, f.motherUser());
        var pending = consent(f, f.motherUser(), byMother);
        assertThat(pending.get("awaitingApprovalFrom").toString()).contains("Jip").doesNotContain("Vader");
        assertThat(pending.get("mayApprove").asBoolean()).isFalse();
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);
        assertThat(approve(f, f.youthUser(), byMother)).isEqualTo(200);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(200);
        assertThat(withdraw(f, f.motherUser(), byMother)).as("the mother no longer decides").isEqualTo(403);
        assertThat(withdraw(f, f.youthUser(), byMother)).isEqualTo(200);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);

        var byYouth = proposeToGrandma(f, f.youthUser());
        assertThat(consent(f, f.youthUser(), byYouth).get("state").asString()).as("her own proposal is her consent").isEqualTo("EFFECTIVE");
        assertThat(grandmaReadsTheMap(f)).isEqualTo(200);
    }

    /** A consent both parents gave some days ago, before the youth's birthday, stored as it was given then. */
    UUID givenByTheParentsBefore(Family f, int daysAgo) {
        var at = Instant.now().minus(Duration.ofDays(daysAgo));
        var consent = new Consent(UUID.randomUUID(), f.youth(), new Recipient.NetworkMember(f.contact(), "Oma Truus (test)"),
                Set.of(Category.NETWORK_MAP), "Zodat oma weet wie er helpt (test)", LocalDate.now(Consent.ZONE).minusDays(daysAgo),
                Optional.empty(), List.of(new Approval(f.mother(), at), new Approval(f.father(), at)), Optional.empty());
        consents.insert(f.id(), consent, null);
        return consent.id();
    }

    @Test
    void aYouthWhoTurnedTwelveIsAskedAtSignInAndTheFileIsFlaggedUntilTheyAnswer() {
        var f = family(12, 20);
        var consent = givenByTheParentsBefore(f, 60);
        assertThat(grandmaReadsTheMap(f)).as("the parents' consent alone no longer suffices").isEqualTo(404);

        var mother = Http.signedIn(port, f.motherUser(), PASSWORD);
        assertThat(mother.get("/families").body()).contains("toestemming wacht op antwoord");
        assertThat(mother.get("/families/" + f.id()).body()).contains("is op", "12 geworden", "1 toestemming(en) wachten op het antwoord van Jip");
        assertThat(api(f.motherUser()).get("/api/v1/families/" + f.id()).body()).contains("\"awaitingAnswer\":[{", "YOUTH_TURNED_12");
        assertThat(mother.get("/").body()).as("only the youth is asked").doesNotContain("Er wacht een vraag op jou");

        var youth = Http.signedIn(port, f.youthUser(), PASSWORD);
        var home = youth.get("/");
        assertThat(home.body()).contains("Er wacht een vraag op jou", "12 geworden", "Oma Truus", "de netwerkkaart",
                "Zodat oma weet wie er helpt (test)");
        var answered = youth.submit("/", "/families/" + f.id() + "/sharing/" + consent + "/approve", Map.of("back", "home"));
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(grandmaReadsTheMap(f)).isEqualTo(200);
        assertThat(youth.get("/").body()).doesNotContain("Er wacht een vraag op jou");
        assertThat(mother.get("/families/" + f.id()).body()).doesNotContain("12 geworden");
        assertThat(mother.get("/families").body()).doesNotContain("toestemming wacht op antwoord");
    }

    @Test
    void aYouthWhoTurnedSixteenDecidesAloneAboutConsentsTheyNeverGave() {
        var f = family(16, 3);
        var consent = givenByTheParentsBefore(f, 5 * 365);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);
        var youth = Http.signedIn(port, f.youthUser(), PASSWORD);
        assertThat(youth.get("/").body()).contains("16 geworden", "Vanaf nu beslis jij alleen");
        assertThat(api(f.motherUser()).get("/api/v1/families/" + f.id()).body()).contains("YOUTH_TURNED_16");
        assertThat(approve(f, f.motherUser(), consent)).as("the parents no longer decide").isEqualTo(403);

        var said = youth.submit("/", "/families/" + f.id() + "/sharing/" + consent + "/withdraw", Map.of("back", "home"));
        assertThat(said.statusCode()).isEqualTo(302);
        assertThat(youth.get("/").body()).doesNotContain("Er wacht een vraag op jou");
        assertThat(consent(f, f.motherUser(), consent).get("state").asString()).isEqualTo("WITHDRAWN");
        assertThat(grandmaReadsTheMap(f)).isEqualTo(404);
    }

    @Test
    void aConsentTheYouthAlsoGaveAtFourteenStaysValidAtSixteen() {
        var f = family(16, 3);
        var at = Instant.now().minus(Duration.ofDays(2 * 365));
        var consent = new Consent(UUID.randomUUID(), f.youth(), new Recipient.NetworkMember(f.contact(), "Oma Truus (test)"),
                Set.of(Category.NETWORK_MAP), "Oma helpt (test)", LocalDate.now(Consent.ZONE).minusDays(2 * 365), Optional.empty(),
                List.of(new Approval(f.mother(), at), new Approval(f.father(), at), new Approval(f.youth(), at)), Optional.empty());
        consents.insert(f.id(), consent, null);
        assertThat(grandmaReadsTheMap(f)).isEqualTo(200);
        assertThat(Http.signedIn(port, f.youthUser(), PASSWORD).get("/").body()).doesNotContain("Er wacht een vraag op jou");
    }

    @Test
    void aVolunteerAndAProfessionalOutsideTheTeamSeeExactlyWhatIsSharedWithThem() {
        var f = family(9, 40);
        var volunteerConsent = propose(f, f.motherUser(), "\"recipientUsername\":\"demo-volunteer\"", "\"NETWORK_MAP\"");
        assertThat(approve(f, f.fatherUser(), volunteerConsent)).isEqualTo(200);
        var volunteer = api("demo-volunteer");
        assertThat(volunteer.get(mapApi(f)).statusCode()).isEqualTo(200);
        assertThat(volunteer.get("/api/v1/families/" + f.id()).statusCode()).isEqualTo(404);
        assertThat(volunteer.get(consents(f)).statusCode()).isEqualTo(404);
        assertThat(Http.signedIn(port, "demo-volunteer", "kring-demo").get("/").body()).contains(f.id().toString());

        var other = api("demo-professional-other-team");
        assertThat(other.get(mapApi(f)).statusCode()).isEqualTo(404);
        var professionalConsent = propose(f, f.motherUser(), "\"recipientUsername\":\" demo-professional-other-team \"", "\"NETWORK_MAP\"");
        assertThat(json(api(f.motherUser()).get(consents(f) + "/" + professionalConsent)).get("recipient").get("kind").asString())
                .isEqualTo("EXTERNAL_PROFESSIONAL");
        assertThat(other.get(mapApi(f)).statusCode()).as("the father has not agreed yet").isEqualTo(404);
        assertThat(approve(f, f.fatherUser(), professionalConsent)).isEqualTo(200);
        assertThat(other.get(mapApi(f)).statusCode()).isEqualTo(200);
        assertThat(other.get("/api/v1/families/" + f.id()).statusCode()).isEqualTo(404);

        assertThat(withdraw(f, f.motherUser(), volunteerConsent)).isEqualTo(200);
        assertThat(volunteer.get(mapApi(f)).statusCode()).isEqualTo(404);
        assertThat(other.get(mapApi(f)).statusCode()).as("the other consent still holds").isEqualTo(200);
    }

    @Test
    void aMapSharedWithoutNamesShowsTheOthersAsRoleAndNumberEverywhere() {
        var f = family(9, 40);
        var consent = propose(f, f.motherUser(), "\"networkContactId\":\"" + f.contact() + "\"", "\"NETWORK_MAP_PSEUDONYMISED\"");
        assertThat(approve(f, f.fatherUser(), consent)).isEqualTo(200);
        var grandma = api(f.grandmaUser());
        var map = grandma.get(mapApi(f));
        assertThat(map.statusCode()).isEqualTo(200);
        assertThat(map.body()).contains("Persoon 1").doesNotContain("Oma Truus");
        for (var format : List.of("csv", "svg", "graphml", "json", "easynwk")) {
            var download = grandma.get(mapApi(f) + "/export/" + format);
            assertThat(download.statusCode()).as(format).isEqualTo(200);
            assertThat(download.body()).as(format).doesNotContain("Oma Truus");
        }
        var page = Http.signedIn(port, f.grandmaUser(), PASSWORD).get("/families/" + f.id() + "/maps/" + f.map());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Persoon 1").doesNotContain("Oma Truus");
        assertThat(api(f.motherUser()).get(mapApi(f)).body()).as("the family itself sees the names").contains("Oma Truus");
    }

    @Test
    void badRequestsAreRefusedWithATranslatedMessageNamingTheField() {
        var f = family(9, 40);
        var mother = api(f.motherUser());
        record Case(String body, String field, String message) {}
        var cases = List.of(
                new Case("{\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}".formatted(f.contact()),
                        "subjectId", "Kies over welke jeugdige"),
                new Case("{\"subjectId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}".formatted(f.youth()),
                        "networkContactId", "Kies met wie"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"recipientUsername\":\"demo-volunteer\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}"
                        .formatted(f.youth(), f.contact()), "recipientUsername", "niet allebei"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"DIARY\"],\"purpose\":\"x\"}"
                        .formatted(f.youth(), f.contact()), "categories", "minstens één ding"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[],\"purpose\":\"x\"}"
                        .formatted(f.youth(), f.contact()), "categories", "minstens één ding"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"  \"}"
                        .formatted(f.youth(), f.contact()), "purpose", "waarom"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\",\"start\":\"morgen\"}"
                        .formatted(f.youth(), f.contact()), "start", "jjjj-mm-dd"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\",\"start\":\"2030-01-02\",\"end\":\"2030-01-01\"}"
                        .formatted(f.youth(), f.contact()), "end", "niet vóór de begindatum"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}"
                        .formatted(f.mother(), f.contact()), "subject", "Kies over welke jeugdige"),
                new Case("{\"subjectId\":\"%s\",\"recipientUsername\":\"demo-analyst\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}"
                        .formatted(f.youth()), "recipientUsername", "geen vrijwilliger of professional"),
                new Case("{\"subjectId\":\"%s\",\"recipientUsername\":\"nobody-at-all\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}"
                        .formatted(f.youth()), "recipientUsername", "geen vrijwilliger of professional"),
                new Case("{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}"
                        .formatted(f.youth(), UUID.randomUUID()), "recipient", "Kies met wie"),
                new Case("{\"subjectId\": 12", null, null));
        for (var c : cases) {
            var response = mother.postJson(consents(f), c.body());
            assertThat(response.statusCode()).as(c.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            if (c.field() != null) {
                assertThat(json(response).get("field").asString()).as(c.body()).isEqualTo(c.field());
                assertThat(json(response).get("detail").asString()).as(c.body()).contains(c.message());
            }
        }
        assertThat(mother.get(consents(f)).body()).contains("\"consents\":[]");
    }

    @Test
    void onlyTheFamilyDecidesAndOutsidersLearnNothing() {
        var f = family(9, 40);
        var body = "{\"subjectId\":\"%s\",\"networkContactId\":\"%s\",\"categories\":[\"NETWORK_MAP\"],\"purpose\":\"x\"}"
                .formatted(f.youth(), f.contact());
        assertThat(api(f.grandmaUser()).postJson(consents(f), body).statusCode()).isEqualTo(404);
        assertThat(api(f.grandmaUser()).get(consents(f)).statusCode()).isEqualTo(404);
        assertThat(api("demo-professional").postJson(consents(f), body).statusCode()).as("not assigned").isEqualTo(404);
        assertThat(api("demo-admin").get(consents(f)).statusCode()).isEqualTo(404);
        assertThat(Http.anonymous(port).get(consents(f)).statusCode()).isEqualTo(401);
        var consent = proposeToGrandma(f, f.motherUser());
        assertThat(api(f.grandmaUser()).postJson(consents(f) + "/" + consent + "/approval", "").statusCode()).isEqualTo(404);
        assertThat(api(f.motherUser()).get(consents(f) + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    @Test
    void theFamilyNamesSomeoneOutsideTheNetworkByUsernameOnTheSharingPage() {
        var f = family(9, 40);
        var mother = Http.signedIn(port, f.motherUser(), PASSWORD);
        var page = "/families/" + f.id() + "/sharing";
        var accepted = mother.submit(page, page, Map.of("recipient", "account", "recipientUsername", "demo-professional",
                "subject", f.youth().toString(), "categories", "NETWORK_MAP", "purpose", "Voor de school (test)", "start", "", "end", ""));
        assertThat(accepted.statusCode()).as("demo-professional is not assigned to this test family, so this is allowed").isEqualTo(302);
        var unknown = mother.submit(page, page, Map.of("recipient", "account", "recipientUsername", "nobody-here",
                "subject", f.youth().toString(), "categories", "NETWORK_MAP", "purpose", "Voor de sportclub (test)", "start", "", "end", ""));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("geen vrijwilliger of professional met deze gebruikersnaam", "Voor de sportclub (test)", "nobody-here");
        assertThat(mother.get(page).body()).contains("Petra Visser (demo)").doesNotContain("Voor de sportclub (test)");
    }
}
