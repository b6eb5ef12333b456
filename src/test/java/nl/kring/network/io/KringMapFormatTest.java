package nl.kring.network.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KringMapFormatTest {

    /** Single quotes stand for double quotes, to keep the fixtures readable. */
    static byte[] json(String text) {
        return text.replace('\'', '"').getBytes(UTF_8);
    }

    private static String withPersons(String persons) {
        return withPersonsAndTies(persons, "[]");
    }

    private static String withPersonsAndTies(String persons, String ties) {
        return "{'format':'kring-network-map','formatVersion':1,'centre':{'name':'Sam'},'persons':" + persons
                + ",'ties':" + ties + "}";
    }

    private static final String OMA = "{'id':'p1','name':'Oma','angle':45.0,'distance':20.0}";

    static MapVersion samsMap() {
        var oma = MapPerson.builder("p1", "Oma").at(45.0, 20.0).role("GRANDPARENT", "oma van moederskant")
                .gender(Gender.FEMALE).age(Age.years(72)).level(SupportLevel.EVERYDAY)
                .support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE)
                .support(SupportType.PRACTICAL, SupportDirection.MUTUAL)
                .centreTie(CentreTie.STRONG).factor(Factor.PROTECTIVE).note("komt elke woensdag").build();
        var neighbour = MapPerson.builder("p2", "Buurman Henk").at(135.5, 58.25).age(Age.band(AgeBand.SENIOR))
                .gender(Gender.MALE).available(false).reachable(false).conflict(true).build();
        var coach = MapPerson.builder("coach-7", "Gezinscoach").at(-45, 70).level(SupportLevel.PROFESSIONAL)
                .support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE).centreTie(CentreTie.NONE).build();
        var dog = MapPerson.builder("p4", "Bobbie").at(10, 15).kind(EntryKind.PET).build();
        var grandad = MapPerson.builder("p5", "Opa").at(60, 101).deceased(true).factor(Factor.RISK).build();
        var centre = new Centre("Sam", LocalDate.of(2010, 5, 1), 15, Gender.OTHER, "woont bij moeder");
        return new MapVersion(centre, List.of(oma, neighbour, coach, dog, grandad),
                List.of(new Tie("p1", "p2"), new Tie("p2", "coach-7", true)), 3, "Na het eerste gesprek",
                Instant.parse("2026-03-01T10:15:30Z"));
    }

    @Test
    void aWrittenMapReadsBackTheSame() {
        var map = samsMap();
        assertThat(KringMapReader.read(KringMapWriter.write(map))).isEqualTo(map);
    }

    @Test
    void writingIsStable() {
        var bytes = KringMapWriter.write(samsMap());
        assertThat(KringMapWriter.write(KringMapReader.read(bytes))).isEqualTo(bytes);
    }

    @Test
    void theWrittenShapeIsKringsFormat() {
        var text = new String(KringMapWriter.write(samsMap()), UTF_8);
        assertThat(text).startsWith("{\"format\":\"kring-network-map\",\"formatVersion\":1,\"number\":3,")
                .contains("\"supports\":{\"EMOTIONAL\":\"GIVES_TO_CENTRE\",\"PRACTICAL\":\"MUTUAL\"}")
                .contains("{\"a\":\"coach-7\",\"b\":\"p2\",\"conflict\":true}")
                .contains("\"ageBand\":\"SENIOR\"")
                .contains("\"birthDate\":\"2010-05-01\"");
    }

    @Test
    void aMinimalMapTakesTheDefaults() {
        var map = KringMapReader.read(json(withPersons("[" + OMA + "]")));
        var oma = map.persons().getFirst();
        assertThat(map.number()).isEqualTo(1);
        assertThat(map.createdAt()).isNull();
        assertThat(map.centre().name()).isEqualTo("Sam");
        assertThat(oma.id()).isEqualTo("p1");
        assertThat(oma.gender()).isEqualTo(Gender.UNKNOWN);
        assertThat(oma.kind()).isEqualTo(EntryKind.PERSON);
        assertThat(oma.level()).isNull();
        assertThat(oma.centreTie()).isEqualTo(CentreTie.EXISTING);
        assertThat(oma.available()).isTrue();
        assertThat(oma.supports()).isEmpty();
        assertThat(map.ties()).isEmpty();
    }

    @Test
    void unknownFieldsAreSkippedSoLaterVersionsStayReadable() {
        var map = KringMapReader.read(json(withPersons(
                "[{'id':'p1','name':'Oma','angle':45.0,'distance':20.0,'favouriteColour':{'r':1}}]")));
        assertThat(map.persons()).hasSize(1);
    }

    @Test
    void idsAreKeptExactlyAsGiven() {
        var map = KringMapReader.read(json(withPersons(
                "[{'id':' Ömer 1 ','name':'Ömer','angle':0,'distance':1}]")));
        assertThat(map.persons().getFirst().id()).isEqualTo(" Ömer 1 ");
    }

    static Stream<Arguments> badMaps() {
        var manyPersons = new StringBuilder("[");
        for (int i = 0; i <= MapLimits.MAX_PERSONS; i++) {
            manyPersons.append(i == 0 ? "" : ",").append("{'id':'p").append(i)
                    .append("','name':'x','angle':0,'distance':1}");
        }
        manyPersons.append("]");
        return Stream.of(
                Arguments.of("not JSON", "hello", "$", MapFormatError.NOT_JSON),
                Arguments.of("empty", "", "$", MapFormatError.NOT_JSON),
                Arguments.of("two documents", withPersons("[]") + "{}", "$", MapFormatError.NOT_JSON),
                Arguments.of("an array", "[]", "$", MapFormatError.WRONG_TYPE),
                Arguments.of("no format", "{'formatVersion':1,'centre':{},'persons':[]}", "format", MapFormatError.REQUIRED),
                Arguments.of("another format", "{'format':'gexf','formatVersion':1}", "format", MapFormatError.WRONG_FORMAT),
                Arguments.of("a newer format version", "{'format':'kring-network-map','formatVersion':2}",
                        "formatVersion", MapFormatError.UNSUPPORTED_VERSION),
                Arguments.of("format version as text", "{'format':'kring-network-map','formatVersion':'1'}",
                        "formatVersion", MapFormatError.WRONG_TYPE),
                Arguments.of("no centre", "{'format':'kring-network-map','formatVersion':1,'persons':[]}",
                        "centre", MapFormatError.REQUIRED),
                Arguments.of("no persons", "{'format':'kring-network-map','formatVersion':1,'centre':{}}",
                        "persons", MapFormatError.REQUIRED),
                Arguments.of("persons not a list", withPersons("{}"), "persons", MapFormatError.WRONG_TYPE),
                Arguments.of("a person not an object", withPersons("[" + OMA + ",42]"), "persons[1]", MapFormatError.WRONG_TYPE),
                Arguments.of("missing id", withPersons("[" + OMA + ",{'name':'x','angle':0,'distance':1}]"),
                        "persons[1].id", MapFormatError.REQUIRED),
                Arguments.of("missing name", withPersons("[{'id':'p1','angle':0,'distance':1}]"),
                        "persons[0].name", MapFormatError.REQUIRED),
                Arguments.of("blank name", withPersons("[{'id':'p1','name':'  ','angle':0,'distance':1}]"),
                        "persons[0].name", MapFormatError.REQUIRED),
                Arguments.of("null angle", withPersons("[{'id':'p1','name':'x','angle':null,'distance':1}]"),
                        "persons[0].angle", MapFormatError.REQUIRED),
                Arguments.of("angle as text", withPersons("[" + OMA + ",{'id':'p2','name':'x','angle':'45','distance':1}]"),
                        "persons[1].angle", MapFormatError.WRONG_TYPE),
                Arguments.of("angle out of range", withPersons("[{'id':'p1','name':'x','angle':270,'distance':1}]"),
                        "persons[0].angle", MapFormatError.OUT_OF_RANGE),
                Arguments.of("NaN", withPersons("[{'id':'p1','name':'x','angle':NaN,'distance':1}]"),
                        "persons[0].angle", MapFormatError.NOT_JSON),
                Arguments.of("huge number", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1e400}]"),
                        "persons[0].distance", MapFormatError.OUT_OF_RANGE),
                Arguments.of("number with hundreds of digits", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1"
                        + "0".repeat(300) + "}]"), "persons[0].distance", MapFormatError.TOO_LONG),
                Arguments.of("endless field name", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'"
                        + "n".repeat(2000) + "':1}]"), "persons[0]*", MapFormatError.TOO_LONG),
                Arguments.of("negative distance", withPersons("[{'id':'p1','name':'x','angle':0,'distance':-1}]"),
                        "persons[0].distance", MapFormatError.OUT_OF_RANGE),
                Arguments.of("huge level", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'level':99999999999999999999999}]"),
                        "persons[0].level", MapFormatError.OUT_OF_RANGE),
                Arguments.of("level 5", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'level':5}]"),
                        "persons[0].level", MapFormatError.OUT_OF_RANGE),
                Arguments.of("level 1.5", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'level':1.5}]"),
                        "persons[0].level", MapFormatError.WRONG_TYPE),
                Arguments.of("unknown gender", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'gender':'F'}]"),
                        "persons[0].gender", MapFormatError.UNKNOWN_VALUE),
                Arguments.of("unknown support type", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'supports':{'SPIRITUAL':'MUTUAL'}}]"),
                        "persons[0].supports.SPIRITUAL", MapFormatError.UNKNOWN_VALUE),
                Arguments.of("unknown direction", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'supports':{'EMOTIONAL':'BOTH'}}]"),
                        "persons[0].supports.EMOTIONAL", MapFormatError.UNKNOWN_VALUE),
                Arguments.of("supports as a list", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'supports':['EMOTIONAL']}]"),
                        "persons[0].supports", MapFormatError.WRONG_TYPE),
                Arguments.of("deceased as text", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'deceased':'yes'}]"),
                        "persons[0].deceased", MapFormatError.WRONG_TYPE),
                Arguments.of("age and band", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'age':4,'ageBand':'CHILD'}]"),
                        "persons[0].ageBand", MapFormatError.CONFLICTING_FIELDS),
                Arguments.of("age 200", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'age':200}]"),
                        "persons[0].age", MapFormatError.OUT_OF_RANGE),
                Arguments.of("role in lower case", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'role':'oma'}]"),
                        "persons[0].role", MapFormatError.WRONG_TYPE),
                Arguments.of("duplicate id", withPersons("[" + OMA + "," + OMA + "]"), "persons[1].id", MapFormatError.DUPLICATE_ID),
                Arguments.of("tie to unknown id", withPersonsAndTies("[" + OMA + "]", "[{'a':'p1','b':'p9'}]"),
                        "ties[0].b", MapFormatError.UNKNOWN_PERSON),
                Arguments.of("tie without end", withPersonsAndTies("[" + OMA + "]", "[{'a':'p1'}]"),
                        "ties[0].b", MapFormatError.REQUIRED),
                Arguments.of("too many persons", withPersons(manyPersons.toString()), "persons", MapFormatError.TOO_MANY),
                Arguments.of("very long name", withPersons("[{'id':'p1','name':'" + "x".repeat(201) + "','angle':0,'distance':1}]"),
                        "persons[0].name", MapFormatError.TOO_LONG),
                Arguments.of("deeply nested junk", withPersons("[{'id':'p1','name':'x','angle':0,'distance':1,'junk':"
                        + "[".repeat(100) + "]".repeat(100) + "}]"), "persons[0].junk[0]*",
                        MapFormatError.TOO_DEEP),
                Arguments.of("duplicate key", "{'format':'kring-network-map','format':'x'}", "format", MapFormatError.NOT_JSON),
                Arguments.of("bad birth date", "{'format':'kring-network-map','formatVersion':1,'centre':{'birthDate':'1 mei 2010'},'persons':[]}",
                        "centre.birthDate", MapFormatError.WRONG_TYPE),
                Arguments.of("bad createdAt", "{'format':'kring-network-map','formatVersion':1,'createdAt':'gisteren','centre':{},'persons':[]}",
                        "createdAt", MapFormatError.WRONG_TYPE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMaps")
    void aBadMapIsRefusedNamingTheField(String what, String text, String field, MapFormatError error) {
        assertThatThrownBy(() -> KringMapReader.read(json(text)))
                .isInstanceOfSatisfying(MapFormatException.class, e -> {
                    if (field.endsWith("*")) { // the path where the parser stopped, as deep as the limit
                        assertThat(e.field()).startsWith(field.substring(0, field.length() - 1));
                    } else {
                        assertThat(e.field()).isEqualTo(field);
                    }
                    assertThat(e.error()).isEqualTo(error);
                    assertThat(e.messageArguments()[0]).isEqualTo(e.field());
                });
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefusedBeforeParsing() {
        var huge = new byte[MapLimits.MAX_BYTES + 1];
        assertThatThrownBy(() -> KringMapReader.read(new java.io.ByteArrayInputStream(huge)))
                .isInstanceOfSatisfying(MapFormatException.class,
                        e -> assertThat(e.error()).isEqualTo(MapFormatError.TOO_LARGE));
    }

    @Test
    void nullIsNotJson() {
        assertThatThrownBy(() -> KringMapReader.read((byte[]) null))
                .isInstanceOfSatisfying(MapFormatException.class,
                        e -> assertThat(e.error()).isEqualTo(MapFormatError.NOT_JSON));
    }

    @Test
    void theFormatParameterPicksTheReader() {
        assertThat(MapFormat.fromParameter(null)).isEqualTo(MapFormat.KRING);
        assertThat(MapFormat.fromParameter("easyNWK")).isEqualTo(MapFormat.EASYNWK);
        assertThatThrownBy(() -> MapFormat.fromParameter("graphml"))
                .isInstanceOfSatisfying(MapFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("format");
                    assertThat(e.error()).isEqualTo(MapFormatError.UNKNOWN_VALUE);
                });
    }
}
