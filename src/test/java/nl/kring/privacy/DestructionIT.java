package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.family.FamilyRegistry;
import nl.kring.family.domain.ContactDetails;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/** A destroyed family file is gone from the database for good; only the anonymous record remains. */
@IntegrationTest
class DestructionIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Accounts accounts;
    @Autowired FamilyRegistry families;
    @Autowired NetworkMapRegistry maps;

    record TestFamily(UUID id, String mother, String professional) {}

    TestFamily familyWithAMap(String suffix) {
        var north = accounts.teams().stream().filter(t -> t.name().startsWith("Wijkteam Noord")).findFirst().orElseThrow().id();
        var mother = "test-mother-" + suffix;
        var professional = "test-pro-" + suffix;
        var motherId = accounts.create(new NewAccount(mother, "Moeder (test)", "a-long-test-password", Set.of(Role.PARENT), Optional.empty()));
        var proId = accounts.create(new NewAccount(professional, "Hulpverlener (test)", "a-long-test-password", Set.of(Role.PROFESSIONAL), Optional.of(north)));
        var family = families.createFamily("Gezin Vandestroy" + suffix, north, FamilyStatus.ACTIVE, false);
        var youth = families.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.empty(), "Quirina" + suffix, "Vandestroy" + suffix,
                Relation.YOUTH, Optional.of(LocalDate.now().minusYears(13)), false));
        var motherMember = families.addMember(family, new FamilyMember(UUID.randomUUID(), Optional.of(motherId), "Ottolien" + suffix, "Vandestroy" + suffix,
                Relation.PARENT, Optional.of(LocalDate.now().minusYears(40)), true));
        families.setContactDetails(family, motherMember, new ContactDetails(Optional.of("06-12340000"), Optional.of("wulpen" + suffix + "@example.org"),
                Optional.of("Yperstraat" + suffix + " 1"), Optional.of("1234 AB"), Optional.of("Voorbeeldstad")));
        families.addNote(family, Optional.of(motherId), "Vlinderpost" + suffix + " is onze notitie (test)");
        families.addNetworkContact(family, Optional.empty(), "Buurman Xander" + suffix, "NEIGHBOUR");
        families.assignProfessional(family, proId);
        maps.createMap(family, "Kaart van Quirina" + suffix, MapSummary.Perspective.YOUTH, MapSummary.CentreKind.YOUTH, Optional.of(youth),
                List.of(new MapVersion(Centre.named("Quirina" + suffix), List.of(MapPerson.builder("x", "Oom Zebedeus" + suffix).at(45, 30).build()),
                        List.of())));
        return new TestFamily(family, mother, professional);
    }

    /** Every text (and text array) column of every table that holds the word. */
    List<String> whereIs(String word) {
        var columns = jdbc.sql("""
                select table_name, column_name from information_schema.columns
                 where table_schema = 'public' and (data_type in ('text', 'character varying', 'character') or udt_name = '_text')
                """).query((rs, n) -> rs.getString(1) + "." + rs.getString(2)).list();
        return columns.stream().filter(column -> {
            var parts = column.split("\\.");
            return jdbc.sql("select count(*) from " + parts[0] + " where " + parts[1] + "::text ilike ?").param("%" + word + "%")
                    .query(Long.class).single() > 0;
        }).toList();
    }

    @Test
    void anExecutedDestructionRemovesEveryNameFromTheDatabase() {
        var family = familyWithAMap("a");
        assertThat(whereIs("Quirinaa")).isNotEmpty();
        assertThat(whereIs("wulpena")).containsExactly("member_contact.email");
        assertThat(whereIs("Vlinderposta")).containsExactly("file_note.text");
        var page = "/families/" + family.id() + "/privacy";

        var mother = Http.signedIn(port, family.mother(), "a-long-test-password");
        assertThat(mother.submit(page, page + "/destruction", Map.of("confirm", "true")).statusCode()).isEqualTo(302);
        assertThat(mother.get(page).body()).contains("in behandeling");
        var request = jdbc.sql("select id from destruction_request where family_id = ?").param(family.id()).query(UUID.class).single();

        var professional = Http.signedIn(port, family.professional(), "a-long-test-password");
        var unconfirmed = professional.submit(page, page + "/destruction/" + request + "/execute", Map.of());
        assertThat(unconfirmed.statusCode()).isEqualTo(400);
        assertThat(whereIs("Quirinaa")).isNotEmpty();

        var executed = professional.submit(page, page + "/destruction/" + request + "/execute", Map.of("confirm", "true"));
        assertThat(executed.statusCode()).isEqualTo(302);

        for (var word : List.of("Quirinaa", "Vandestroya", "Ottoliena", "Xandera", "Zebedeusa", "wulpena", "Yperstraata", "Vlinderposta")) {
            assertThat(whereIs(word)).as(word).isEmpty();
        }
        assertThat(jdbc.sql("select status from destruction_request where id = ?").param(request).query(String.class).single())
                .isEqualTo("EXECUTED");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DESTRUCTION_EXECUTE' and family_id = ?").param(family.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(professional.get("/families/" + family.id()).statusCode()).isEqualTo(404);
    }

    @Test
    void aRefusalNeedsAGroundAndAReasonAndOnlyTheAssignedProfessionalDecides() {
        var family = familyWithAMap("b");
        var page = "/families/" + family.id() + "/privacy";
        var mother = Http.signedIn(port, family.mother(), "a-long-test-password");
        mother.submit(page, page + "/destruction", Map.of("confirm", "true"));
        var request = jdbc.sql("select id from destruction_request where family_id = ?").param(family.id()).query(UUID.class).single();

        assertThat(mother.submit(page, page + "/destruction/" + request + "/execute", Map.of("confirm", "true")).statusCode())
                .as("the family asks, it does not decide").isEqualTo(403);
        var professional = Http.signedIn(port, family.professional(), "a-long-test-password");
        var noReason = professional.submit(page, page + "/destruction/" + request + "/refuse", Map.of("ground", "LEGAL_OBLIGATION", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        var refused = professional.submit(page, page + "/destruction/" + request + "/refuse",
                Map.of("ground", "LEGAL_OBLIGATION", "reason", "Lopende kinderbeschermingsmaatregel (test)"));
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(mother.get(page).body()).contains("geweigerd", "een wettelijke plicht", "Lopende kinderbeschermingsmaatregel (test)");
        assertThat(whereIs("Quirinab")).isNotEmpty();
    }

    @Test
    void theFamilyAddsItsOwnStatementWhichTheProfessionalSeesAndEveryDownloadCarries() {
        var family = familyWithAMap("c");
        var page = "/families/" + family.id() + "/privacy";
        var mother = Http.signedIn(port, family.mother(), "a-long-test-password");
        var empty = mother.submit(page, page + "/statements", Map.of("kind", "STATEMENT", "text", "  "));
        assertThat(empty.statusCode()).isEqualTo(400);
        var added = mother.submit(page, page + "/statements", Map.of("kind", "CORRECTION_REQUEST",
                "text", "Opa woont niet bij ons maar om de hoek (test)"));
        assertThat(added.statusCode()).isEqualTo(302);
        var professional = Http.signedIn(port, family.professional(), "a-long-test-password");
        assertThat(professional.get(page).body()).contains("Verzoek om correctie", "Opa woont niet bij ons maar om de hoek (test)");
        assertThat(professional.submit(page, page + "/statements", Map.of("kind", "STATEMENT", "text", "x")).statusCode())
                .as("the statement is the family's").isEqualTo(403);
        assertThat(mother.get("/families/" + family.id() + "/download.json").body()).contains("Opa woont niet bij ons maar om de hoek (test)");
    }
}
