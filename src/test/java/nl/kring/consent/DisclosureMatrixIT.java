package nl.kring.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.kring.consent.domain.Approval;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.Consent;
import nl.kring.consent.domain.Recipient;
import nl.kring.consent.domain.Withdrawal;
import nl.kring.consent.domain.SharingException;
import nl.kring.consent.store.ConsentStore;
import nl.kring.consent.store.SharingExceptionStore;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import nl.kring.identity.AccessTokens;
import nl.kring.identity.Accounts;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMapRegistry;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The disclosure filter, generated: for every kind of recipient outside the family and its team
 * (network member, volunteer, professional of another team), every state of a consent (none,
 * waiting for approval, effective, withdrawn, expired, not yet started) and every category, every
 * endpoint that shows a family's personal data is asked — pages, API, downloads, lists. What a
 * recipient gets is exactly the category of an effective consent, nothing else; people who are not
 * named get nothing at all.
 *
 * <p>Each combination has its own fictional family, so that one answer cannot hide another. The
 * families stay in the database, so the context is not handed on to later test classes.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DisclosureMatrixIT {

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccessTokens tokens;
    @Autowired FamilyRegistry families;
    @Autowired NetworkMapRegistry maps;
    @Autowired ConsentStore consents;
    @Autowired SharingExceptionStore exceptions;

    /** Who the family may share with, as the demo accounts that play them. */
    enum Kind {
        NETWORK_MEMBER("demo-network"),
        VOLUNTEER("demo-volunteer"),
        OUTSIDE_PROFESSIONAL("demo-professional-other-team");

        final String username;

        Kind(String username) {
            this.username = username;
        }
    }

    /**
     * The states a consent can be in, and sharing without consent (an exception a professional
     * recorded: visible to the family, hidden for a child's safety, or ended). Only an effective
     * consent and an active exception disclose.
     */
    enum State {
        NONE, PENDING, EFFECTIVE, WITHDRAWN, EXPIRED, NOT_STARTED, EXCEPTION, HIDDEN_EXCEPTION, ENDED_EXCEPTION;

        boolean discloses() {
            return this == EFFECTIVE || this == EXCEPTION || this == HIDDEN_EXCEPTION;
        }
    }

    /** A family made for one combination, with a text per category that only that category shows. */
    record Fixture(UUID id, String name, UUID youth, UUID mother, UUID contact, UUID map, UUID secondMap, String mapMarker,
            String youthName, String phone, String note) {

        /** Every piece of personal data in the file: none of it may show where nothing is disclosed. */
        List<String> markers() {
            return List.of(mapMarker, name, youthName, phone, note);
        }

        /**
         * What proves a category's part is in the shared view: its section on the page, its key in
         * the JSON. The map shared with or without names has the same part: the list of maps.
         */
        static List<String> partOf(Category category) {
            return switch (category.code()) {
                case "NETWORK_MAP", "NETWORK_MAP_PSEUDONYMISED" -> List.of("id=\"shared-maps-heading\"", "\"networkMaps\":");
                case "CONTACT_DETAILS" -> List.of("id=\"shared-contact-heading\"", "\"contactDetails\":");
                case "MEMBER_BASICS" -> List.of("id=\"shared-members-heading\"", "\"members\":");
                case "NOTES" -> List.of("id=\"shared-notes-heading\"", "\"notes\":");
                default -> throw new IllegalArgumentException(category.code());
            };
        }

        /** The data that may show in the shared view when this category is shared, and not otherwise. */
        List<String> dataShownWith(Category category) {
            return switch (category.code()) {
                case "CONTACT_DETAILS" -> List.of(phone, youthName);
                case "MEMBER_BASICS" -> List.of(youthName);
                case "NOTES" -> List.of(note);
                default -> List.of();
            };
        }
    }

    /**
     * An endpoint that shows personal data. {@code category} is what it discloses: a category code, or
     * null for the whole file (never to a recipient). {@code marker} is the text that proves it showed
     * the data (null for binary downloads: then the status answers).
     */
    record Endpoint(String label, String category, Function<Fixture, String> path, Function<Fixture, String> marker) {

        /** The map endpoints also open for the map shared without names, showing no names then. */
        boolean opensFor(Category shared) {
            return shared.code().equals(category)
                    || (shared.equals(Category.NETWORK_MAP_PSEUDONYMISED) && Category.NETWORK_MAP.code().equals(category));
        }
    }

    static List<Endpoint> endpoints() {
        var list = new ArrayList<Endpoint>();
        Function<Fixture, String> mapMarker = Fixture::mapMarker;
        // the network map: pages, API, every download
        list.add(new Endpoint("maps page", "NETWORK_MAP", f -> "/families/" + f.id() + "/maps", f -> "Kaart " + f.name()));
        list.add(new Endpoint("map page", "NETWORK_MAP", f -> "/families/" + f.id() + "/maps/" + f.map(), mapMarker));
        list.add(new Endpoint("map print", "NETWORK_MAP", f -> "/families/" + f.id() + "/maps/" + f.map() + "/print", mapMarker));
        list.add(new Endpoint("maps side by side", "NETWORK_MAP", f -> "/families/" + f.id() + "/maps/side-by-side?maps=" + f.map() + "&maps=" + f.secondMap(), mapMarker));
        list.add(new Endpoint("map compare", "NETWORK_MAP", f -> "/families/" + f.id() + "/maps/" + f.map() + "/compare?from=1&to=1", mapMarker));
        for (var format : List.of("pdf", "png", "svg", "csv", "figures.csv", "graphml", "json", "easynwk")) {
            var text = Set.of("svg", "csv", "graphml", "json", "easynwk").contains(format);
            list.add(new Endpoint("map download " + format, "NETWORK_MAP",
                    f -> "/families/" + f.id() + "/maps/" + f.map() + "/export/" + format, text ? mapMarker : null));
            list.add(new Endpoint("API map download " + format, "NETWORK_MAP",
                    f -> "/api/v1/families/" + f.id() + "/maps/" + f.map() + "/export/" + format, text ? mapMarker : null));
        }
        list.add(new Endpoint("API maps", "NETWORK_MAP", f -> "/api/v1/families/" + f.id() + "/maps", f -> "Kaart " + f.name()));
        list.add(new Endpoint("API map", "NETWORK_MAP", f -> "/api/v1/families/" + f.id() + "/maps/" + f.map(), mapMarker));
        list.add(new Endpoint("API map analysis", "NETWORK_MAP", f -> "/api/v1/families/" + f.id() + "/maps/" + f.map() + "/analysis", null));
        list.add(new Endpoint("API map compare", "NETWORK_MAP", f -> "/api/v1/families/" + f.id() + "/maps/" + f.map() + "/compare?from=1&to=1", null));
        // the family's own data, one category each
        list.add(new Endpoint("API members", "MEMBER_BASICS", f -> "/api/v1/families/" + f.id() + "/members", Fixture::youthName));
        list.add(new Endpoint("API contact details", "CONTACT_DETAILS", f -> "/api/v1/families/" + f.id() + "/contact-details",
                Fixture::phone));
        list.add(new Endpoint("API notes", "NOTES", f -> "/api/v1/families/" + f.id() + "/notes", Fixture::note));
        // the whole file: only the family and its team, whatever is shared
        for (var path : List.of("", "/audit", "/sharing", "/privacy", "/download.pdf", "/download.json")) {
            list.add(new Endpoint("file page " + path, null, f -> "/families/" + f.id() + path, null));
        }
        for (var path : List.of("", "/audit", "/consents", "/download.pdf", "/download.json")) {
            list.add(new Endpoint("file API " + path, null, f -> "/api/v1/families/" + f.id() + path, null));
        }
        return list;
    }

    static final List<Category> CATEGORIES = Category.CORE;

    record Combination(Kind kind, Category category, State state, Fixture fixture) {}

    private final List<Combination> combinations = new ArrayList<>();
    private final java.util.Map<String, Http> clients = new java.util.HashMap<>();
    private int counter;

    @BeforeAll
    void oneFamilyPerCombination() {
        for (var kind : Kind.values()) {
            for (var category : CATEGORIES) {
                for (var state : State.values()) {
                    var fixture = fixture();
                    record(fixture, kind, category, state);
                    combinations.add(new Combination(kind, category, state, fixture));
                }
            }
        }
    }

    Fixture fixture() {
        var n = "M" + (++counter) + UUID.randomUUID().toString().substring(0, 4);
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var name = "Gezin Matrix" + n + " (test)";
        var id = families.createFamily(name, north, FamilyStatus.ACTIVE, false);
        var born = LocalDate.now(Consent.ZONE).minusYears(9);
        var youth = families.addMember(id, new FamilyMember(UUID.randomUUID(), Optional.empty(), "Kind" + n, "Matrix" + n, Relation.YOUTH,
                Optional.of(born), false));
        var mother = families.addMember(id, new FamilyMember(UUID.randomUUID(), Optional.empty(), "Moeder" + n, "Matrix" + n,
                Relation.PARENT, Optional.of(born.minusYears(31)), true));
        var networkMember = accounts.findByUsername(Kind.NETWORK_MEMBER.username).orElseThrow().id();
        var contact = families.addNetworkContact(id, Optional.of(networkMember), "Buurvrouw" + n + " (test)", "NEIGHBOUR");
        var phone = "06-555" + String.format("%05d", counter);
        families.setContactDetails(id, youth, ContactDetails.parse(phone, null, null, null, null).details().orElseThrow());
        var note = "Notitie" + n + " (test)";
        families.addNote(id, Optional.empty(), note);
        var mapMarker = "Kaartpersoon" + n;
        var map = maps.createMap(id, "Kaart " + name, MapSummary.Perspective.YOUTH, MapSummary.CentreKind.YOUTH, Optional.of(youth),
                List.of(new MapVersion(Centre.named("Het midden"), List.of(MapPerson.builder("p", mapMarker).at(45, 30).build()), List.of())));
        var second = maps.createMap(id, "Tweede kaart " + name, MapSummary.Perspective.PARENT, MapSummary.CentreKind.YOUTH,
                Optional.of(youth), List.of(new MapVersion(Centre.named("Het midden"), List.of(), List.of())));
        return new Fixture(id, name, youth, mother, contact, map, second, mapMarker, "Kind" + n, phone, note);
    }

    /** Stores the consent in the given state, as if given through the pages (those are tested elsewhere). */
    void record(Fixture f, Kind kind, Category category, State state) {
        if (state == State.NONE) {
            return;
        }
        if (state == State.EXCEPTION || state == State.HIDDEN_EXCEPTION || state == State.ENDED_EXCEPTION) {
            var professional = accounts.findByUsername("demo-professional").orElseThrow().id();
            var exception = new SharingException(UUID.randomUUID(), f.youth(), SharingException.Reason.CHILD_SAFETY, "Matrix (test)",
                    professional, Instant.now().minus(Duration.ofDays(2)), recipientFor(f, kind), Set.of(category),
                    LocalDate.now(Consent.ZONE).minusDays(2), Optional.empty(), state == State.HIDDEN_EXCEPTION);
            exceptions.insert(f.id(), exception);
            if (state == State.ENDED_EXCEPTION) {
                exceptions.end(f.id(), exception.id(), professional, Instant.now().minus(Duration.ofDays(1)));
            }
            return;
        }
        var recipient = recipientFor(f, kind);
        var today = LocalDate.now(Consent.ZONE);
        var given = Instant.now().minus(Duration.ofDays(30));
        var start = switch (state) {
            case NOT_STARTED -> today.plusDays(10);
            case EXPIRED -> today.minusDays(30);
            default -> today.minusDays(30);
        };
        var end = state == State.EXPIRED ? Optional.of(today.minusDays(1)) : Optional.<LocalDate>empty();
        var approvals = state == State.PENDING ? List.<Approval>of() : List.of(new Approval(f.mother(), given));
        var withdrawal = state == State.WITHDRAWN ? Optional.of(new Withdrawal(f.mother(), given.plusSeconds(60))) : Optional.<Withdrawal>empty();
        consents.insert(f.id(), new Consent(UUID.randomUUID(), f.youth(), recipient, Set.of(category), "Matrix (test)", start, end, approvals,
                withdrawal), null);
    }

    Recipient recipientFor(Fixture f, Kind kind) {
        return switch (kind) {
            case NETWORK_MEMBER -> new Recipient.NetworkMember(f.contact(), "Buurvrouw (test)");
            case VOLUNTEER -> new Recipient.Volunteer(accountId(kind), "Vrijwilliger (test)");
            case OUTSIDE_PROFESSIONAL -> new Recipient.ExternalProfessional(accountId(kind), "Professional (test)");
        };
    }

    UUID accountId(Kind kind) {
        return accounts.findByUsername(kind.username).orElseThrow().id();
    }

    /** A signed-in browser session for pages, and a token for the API: both channels are asked. */
    Http client(String username, boolean api) {
        return clients.computeIfAbsent(username + api, k -> api
                ? Http.withToken(port, tokens.create(accounts.findByUsername(username).orElseThrow().id(), "matrix", Duration.ofHours(2)).token())
                : Http.signedIn(port, username, "kring-demo"));
    }

    HttpResponse<String> get(String username, String path) {
        return client(username, path.startsWith("/api/")).get(path);
    }

    @TestFactory
    Stream<DynamicContainer> eachRecipientSeesExactlyTheCategoryOfAnEffectiveConsent() {
        return combinations.stream().map(c -> DynamicContainer.dynamicContainer(
                c.kind() + " × " + c.state() + " × " + c.category().code(),
                endpoints().stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.label(), () -> {
                    var response = get(c.kind().username, endpoint.path().apply(c.fixture()));
                    var shows = c.state().discloses() && endpoint.opensFor(c.category());
                    if (shows && c.category().equals(Category.NETWORK_MAP_PSEUDONYMISED)) {
                        assertThat(response.statusCode()).as(endpoint.label()).isEqualTo(200);
                        assertThat(response.body()).as("the others on the map stay unnamed").doesNotContain(c.fixture().mapMarker());
                    } else if (shows) {
                        assertThat(response.statusCode()).as(endpoint.label()).isEqualTo(200);
                        if (endpoint.marker() != null) {
                            assertThat(response.body()).contains(endpoint.marker().apply(c.fixture()));
                        }
                    } else {
                        assertThat(response.statusCode()).as(endpoint.label() + " must not be disclosed").isEqualTo(404);
                        assertThat(response.body()).doesNotContain(c.fixture().markers());
                    }
                }))));
    }

    /**
     * The page, API and PDF of "what a family shares with me": there while anything is shared, with
     * exactly the shared category's section and data, and nothing of the others.
     */
    @TestFactory
    Stream<DynamicTest> theSharedViewShowsExactlyTheSharedCategory() {
        return combinations.stream().map(c -> DynamicTest.dynamicTest(c.kind() + " × " + c.state() + " × " + c.category().code(), () -> {
            var f = c.fixture();
            var user = c.kind().username;
            var views = List.of("/shared/" + f.id(), "/api/v1/shared/" + f.id());
            // (the PDF's text is compressed; its status answers, and SharedFileIT reads its text)
            if (!c.state().discloses()) {
                for (var path : List.of("/shared/" + f.id(), "/api/v1/shared/" + f.id(), "/shared/" + f.id() + "/download.pdf",
                        "/api/v1/shared/" + f.id() + "/download.pdf")) {
                    var response = get(user, path);
                    assertThat(response.statusCode()).as(path).isEqualTo(404);
                    assertThat(response.body()).as(path).doesNotContain(f.markers());
                }
                assertThat(get(user, "/api/v1/shared").body()).doesNotContain(f.id().toString());
                return;
            }
            for (var path : views) {
                var response = get(user, path);
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                var body = response.body();
                assertThat(body).as(path).doesNotContain(f.mapMarker());
                assertThat(Fixture.partOf(c.category())).as(path).anyMatch(body::contains);
                assertThat(f.dataShownWith(c.category())).as(path).allMatch(body::contains);
                for (var other : CATEGORIES) {
                    if (isMapPair(other, c.category()) || other.equals(c.category())) {
                        continue;
                    }
                    assertThat(Fixture.partOf(other)).as(path + " must not show " + other.code()).noneMatch(body::contains);
                    var notShown = new ArrayList<>(f.dataShownWith(other));
                    notShown.removeAll(f.dataShownWith(c.category()));
                    notShown.forEach(data -> assertThat(body).as(path + " must not show the data of " + other.code()).doesNotContain(data));
                }
            }
            assertThat(get(user, "/shared/" + f.id() + "/download.pdf").statusCode()).isEqualTo(200);
            assertThat(get(user, "/api/v1/shared").body()).contains(f.id().toString());
        }));
    }

    /** The map shared with or without names: the list of maps shows the same titles either way. */
    private static boolean isMapPair(Category a, Category b) {
        var maps = Set.of(Category.NETWORK_MAP, Category.NETWORK_MAP_PSEUDONYMISED);
        return maps.contains(a) && maps.contains(b);
    }

    @TestFactory
    Stream<DynamicTest> listsNameAFamilyOnlyWhileItSharesSomething() {
        return combinations.stream().map(c -> DynamicTest.dynamicTest(c.kind() + " × " + c.state() + " × " + c.category().code(), () -> {
            var name = c.fixture().name();
            var home = get(c.kind().username, "/").body();
            if (c.state().discloses()) {
                assertThat(home).contains(name);
            } else {
                assertThat(home).doesNotContain(name);
            }
            assertThat(get(c.kind().username, "/families").body()).doesNotContain(name);
            assertThat(get(c.kind().username, "/api/v1/families").body()).doesNotContain(name);
        }));
    }

    @TestFactory
    Stream<DynamicTest> peopleWhoAreNotNamedSeeNothingEvenWhereTheFamilyShares() {
        var effective = combinations.stream().filter(c -> c.state() == State.EFFECTIVE || c.state() == State.EXCEPTION).toList();
        return Stream.of("demo-analyst", "demo-coordinator", "demo-admin", "demo-professional", "demo-youth", "demo-parent")
                .map(username -> DynamicTest.dynamicTest(username, () -> {
                    for (var c : effective) {
                        for (var endpoint : endpoints()) {
                            var response = get(username, endpoint.path().apply(c.fixture()));
                            assertThat(response.statusCode()).as(username + " " + endpoint.label()).isEqualTo(404);
                            assertThat(response.body()).doesNotContain(c.fixture().markers());
                        }
                        assertThat(get(username, "/").body()).doesNotContain(c.fixture().name());
                    }
                }));
    }
}
