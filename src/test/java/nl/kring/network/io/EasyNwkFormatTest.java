package nl.kring.network.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static nl.kring.network.io.KringMapFormatTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EasyNwkFormatTest {

    /**
     * A record as easyNWK 2.7 saves it, made up for this test: the first meeting and a later map of
     * Lotte's network. The later one has support fields, some saved as strings as easyNWK's form does.
     */
    static final String LOTTE = """
            {"versions":[
              {"id":1,"title":"Erstgespräch","date":"2025-01-10","nwk":{
                "ego":{"name":"Lotte","currentGender":"weiblich","age":"15","note":""},
                "alteri":[
                  {"id":1,"name":"Mama","role":"Mutter","human":true,"currentGender":"weiblich","age":"44",
                   "note":"","deceased":false,"edgeType":2,"angle":30.5,"distance":12.0,
                   "supportEmotional":3,"supportInstrumental":2},
                  {"id":2,"name":"Tante Els","role":"Tante","human":true,"currentGender":"weiblich","age":"",
                   "edgeType":1,"angle":75.0,"distance":48.0,"supportSocial":2},
                  {"id":3,"name":"Jugendcoach","role":"prof. Helfer*in","human":true,
                   "currentGender":"nicht festgelegt","edgeType":1,"angle":-40.0,"distance":30.0,
                   "supportInformational":2}
                ],
                "connections":[{"id1":1,"id2":2}]}},
              {"id":2,"title":"Nach drei Monaten","date":"2025-04-12","nwk":{
                "ego":{"name":"Lotte","currentGender":"weiblich","age":"15","note":"Schule gewechselt","emoji":""},
                "alteri":[
                  {"id":1,"name":"Mama","role":"Mutter","roleDefault":false,"human":true,"currentGender":"weiblich",
                   "genderDefault":false,"age":"44","note":"","deceased":false,"edgeType":2,"edgeTypeByUser":2,
                   "angle":30.5,"distance":12.0,"emoji":"","conflict":false,
                   "supportEmotional":"3","supportInstrumental":"2","supportInformational":0,"supportSocial":0,
                   "supportLinking":"1"},
                  {"id":2,"name":"Tante Els","role":"Tante","human":true,"currentGender":"weiblich","age":"",
                   "note":"","deceased":false,"edgeType":0,"angle":75.0,"distance":48.0,"conflict":true,
                   "supportEmotional":0,"supportInstrumental":0,"supportInformational":0,"supportSocial":0,"supportLinking":0},
                  {"id":3,"name":"Jugendcoach","role":"prof. Helfer*in","human":true,"currentGender":"nicht festgelegt",
                   "age":"","note":"","deceased":false,"edgeType":1,"angle":-40.0,"distance":30.0,
                   "supportEmotional":2,"supportInstrumental":0,"supportInformational":2,"supportSocial":0,"supportLinking":0},
                  {"id":7,"name":"Kater Mo","role":"Haustier","human":false,"currentGender":"männlich","age":"3",
                   "note":"","deceased":false,"edgeType":0,"angle":100.0,"distance":20.0},
                  {"id":8,"name":"Opa","role":"Großvater","human":true,"currentGender":"männlich","age":"",
                   "note":"","deceased":true,"edgeType":0,"angle":60.0,"distance":104.0},
                  {"id":9,"name":"Sam","role":"Freund*in","human":true,"currentGender":"divers","age":"16",
                   "note":"","deceased":false,"edgeType":1,"angle":120.0,"distance":40.0,"supportSocial":3}
                ],
                "connections":[{"id1":1,"id2":2},{"id1":3,"id2":1},{"id1":9,"id2":2}]}}
            ],"currentVersion":2,"size":"5"}
            """;

    private static MapHistory lotte() {
        return EasyNwkReader.read(LOTTE.getBytes(UTF_8));
    }

    @Test
    void allVersionsAreReadAndTheLastIsTheNewest() {
        var history = lotte();
        assertThat(history.versions()).hasSize(2);
        assertThat(history.latest().number()).isEqualTo(2);
        assertThat(history.latest().title()).isEqualTo("Nach drei Monaten");
        assertThat(history.latest().createdAt()).isEqualTo(Instant.parse("2025-04-12T00:00:00Z"));
        assertThat(history.previous()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(1));
    }

    @Test
    void egoBecomesTheCentre() {
        var centre = lotte().latest().centre();
        assertThat(centre.name()).isEqualTo("Lotte");
        assertThat(centre.gender()).isEqualTo(Gender.FEMALE);
        assertThat(centre.age()).isEqualTo(15);
        assertThat(centre.note()).isEqualTo("Schule gewechselt");
        assertThat(centre.birthDate()).isNull();
    }

    @Test
    void alteriBecomePersonsWithTheirIdsAsText() {
        var latest = lotte().latest();
        assertThat(latest.persons()).extracting(p -> p.id()).containsExactly("1", "2", "3", "7", "8", "9");
        var mama = latest.person("1").orElseThrow();
        assertThat(mama.name()).isEqualTo("Mama");
        assertThat(mama.roleText()).isEqualTo("Mutter");
        assertThat(mama.roleCode()).isNull();
        assertThat(mama.level()).isNull();
        assertThat(mama.centreTie()).isEqualTo(CentreTie.STRONG);
        assertThat(mama.age()).isEqualTo(nl.kring.network.domain.Age.years(44));
        assertThat(mama.position().angle()).isEqualTo(30.5);
        assertThat(mama.sector()).contains(Sector.FAMILY);
        assertThat(mama.supports()).containsExactly(
                Map.entry(SupportType.EMOTIONAL, SupportDirection.MUTUAL),
                Map.entry(SupportType.PRACTICAL, SupportDirection.GIVES_TO_CENTRE),
                Map.entry(SupportType.LINKING, SupportDirection.RECEIVES_FROM_CENTRE));
        var els = latest.person("2").orElseThrow();
        assertThat(els.centreTie()).isEqualTo(CentreTie.NONE);
        assertThat(els.conflict()).isTrue();
        assertThat(els.supports()).isEmpty();
        assertThat(latest.person("7").orElseThrow().kind()).isEqualTo(EntryKind.NON_HUMAN);
        assertThat(latest.person("8").orElseThrow().deceased()).isTrue();
        assertThat(latest.person("9").orElseThrow().gender()).isEqualTo(Gender.OTHER);
        assertThat(latest.ties()).containsExactly(new Tie("1", "2"), new Tie("1", "3"), new Tie("2", "9"));
    }

    @Test
    void theNewestVersionIsAnalysedWithoutTheCatAndTheLateGrandfather() {
        var figures = NetworkAnalysis.figuresOf(lotte().latest());
        assertThat(figures.personCount()).isEqualTo(4);
        assertThat(figures.tieCount()).isEqualTo(3);
        assertThat(figures.articulationPoints()).containsExactly("1", "2");
        assertThat(figures.supportByType().get(SupportType.INFORMATIONAL).professional()).containsExactly("3");
    }

    @Test
    void importExportImportGivesTheSameMaps() {
        var once = lotte();
        var twice = EasyNwkReader.read(EasyNwkWriter.write(once));
        assertThat(twice).isEqualTo(once);
    }

    @Test
    void theExportHasEasyNwksShape() {
        var text = new String(EasyNwkWriter.write(lotte()), UTF_8);
        assertThat(text).startsWith("{\"versions\":[{\"id\":1,\"title\":\"Erstgespräch\",\"date\":\"2025-01-10\",\"nwk\":{\"ego\":")
                .contains("\"currentGender\":\"männlich\"")
                .contains("\"supportEmotional\":3,\"supportInstrumental\":2,\"supportInformational\":0,\"supportSocial\":0,\"supportLinking\":1")
                .contains("{\"id1\":1,\"id2\":2}")
                .endsWith("\"currentVersion\":2,\"size\":\"5\"}");
    }

    @Test
    void aKringMapWithTextIdsGetsNumbersForEasyNwk() {
        var map = KringMapFormatTest.samsMap();
        var exported = EasyNwkReader.read(EasyNwkWriter.write(MapHistory.of(map))).latest();
        // numeric-looking ids are none here: p1, p2, p4, p5, coach-7 are numbered in sorted order
        assertThat(exported.persons()).extracting(p -> p.name() + "=" + p.id())
                .containsExactly("Oma=1", "Buurman Henk=2", "Gezinscoach=0", "Bobbie=3", "Opa=4");
        assertThat(exported.ties()).containsExactly(new Tie("1", "2"), new Tie("0", "2"));
        assertThat(exported.person("1").orElseThrow().roleText()).isEqualTo("oma van moederskant");
    }

    @Test
    void aFileWithAByteOrderMarkIsRead() {
        var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var body = LOTTE.getBytes(UTF_8);
        var withBom = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, withBom, 0, bom.length);
        System.arraycopy(body, 0, withBom, bom.length, body.length);
        assertThat(EasyNwkReader.read(withBom)).isEqualTo(lotte());
    }

    @Test
    void aSingleMapFromBeforeEasyNwk21IsReadAsVersionOne() {
        var history = EasyNwkReader.read(json("""
                {'ego':{'name':'Kim','currentGender':'männlich','age':'12','note':''},
                 'alteri':[{'id':4,'name':'Papa','role':'Vater','human':true,'currentGender':'männlich',
                            'age':'','note':'','edgeType':1,'angle':12,'distance':30,'contactOfPartner':false}],
                 'connections':[]}"""));
        assertThat(history.versions()).hasSize(1);
        assertThat(history.latest().number()).isEqualTo(1);
        assertThat(history.latest().person("4")).isPresent();
    }

    @Test
    void theLatestVersionIsTheHighestNumberWhateverTheOrderInTheFile() {
        var history = EasyNwkReader.read(json("""
                {'versions':[{'id':5,'nwk':{'alteri':[]}},{'id':2,'nwk':{'alteri':[]}}],'currentVersion':2}"""));
        assertThat(history.latest().number()).isEqualTo(5);
        assertThat(history.previous()).hasValueSatisfying(v -> assertThat(v.number()).isEqualTo(2));
    }

    private static String version(String alteri, String connections) {
        return "{'versions':[{'id':1,'nwk':{'ego':{'name':'E'},'alteri':" + alteri + ",'connections':"
                + connections + "}}],'currentVersion':1}";
    }

    private static final String PAPA = "{'id':1,'name':'Papa','angle':10,'distance':20}";

    static Stream<Arguments> badRecords() {
        return Stream.of(
                Arguments.of("not JSON", "<nwk/>", "$", MapFormatError.NOT_JSON),
                Arguments.of("neither record nor map", "{'hello':1}", "versions", MapFormatError.REQUIRED),
                Arguments.of("no versions", "{'versions':[]}", "versions", MapFormatError.REQUIRED),
                Arguments.of("version without map", "{'versions':[{'id':1}]}", "versions[0].nwk", MapFormatError.REQUIRED),
                Arguments.of("version id twice", "{'versions':[{'id':1,'nwk':{}},{'id':1,'nwk':{}}]}",
                        "versions[1].id", MapFormatError.DUPLICATE_ID),
                Arguments.of("bad date", "{'versions':[{'id':1,'date':'10.01.2025','nwk':{}}]}",
                        "versions[0].date", MapFormatError.WRONG_TYPE),
                Arguments.of("alter without id", version("[{'name':'x','angle':1,'distance':2}]", "[]"),
                        "versions[0].nwk.alteri[0].id", MapFormatError.REQUIRED),
                Arguments.of("alter id as text", version("[{'id':'1','name':'x','angle':1,'distance':2}]", "[]"),
                        "versions[0].nwk.alteri[0].id", MapFormatError.WRONG_TYPE),
                Arguments.of("alter id twice", version("[" + PAPA + "," + PAPA + "]", "[]"),
                        "versions[0].nwk.alteri[1].id", MapFormatError.DUPLICATE_ID),
                Arguments.of("angle missing", version("[{'id':1,'name':'x','distance':2}]", "[]"),
                        "versions[0].nwk.alteri[0].angle", MapFormatError.REQUIRED),
                Arguments.of("angle huge", version("[{'id':1,'name':'x','angle':1e308,'distance':2}]", "[]"),
                        "versions[0].nwk.alteri[0].angle", MapFormatError.OUT_OF_RANGE),
                Arguments.of("unknown gender", version("[{'id':1,'name':'x','angle':1,'distance':2,'currentGender':'female'}]", "[]"),
                        "versions[0].nwk.alteri[0].currentGender", MapFormatError.UNKNOWN_VALUE),
                Arguments.of("support 4", version("[{'id':1,'name':'x','angle':1,'distance':2,'supportSocial':4}]", "[]"),
                        "versions[0].nwk.alteri[0].supportSocial", MapFormatError.OUT_OF_RANGE),
                Arguments.of("support as word", version("[{'id':1,'name':'x','angle':1,'distance':2,'supportSocial':'yes'}]", "[]"),
                        "versions[0].nwk.alteri[0].supportSocial", MapFormatError.UNKNOWN_VALUE),
                Arguments.of("edge type 3", version("[{'id':1,'name':'x','angle':1,'distance':2,'edgeType':3}]", "[]"),
                        "versions[0].nwk.alteri[0].edgeType", MapFormatError.OUT_OF_RANGE),
                Arguments.of("human as text", version("[{'id':1,'name':'x','angle':1,'distance':2,'human':'false'}]", "[]"),
                        "versions[0].nwk.alteri[0].human", MapFormatError.WRONG_TYPE),
                Arguments.of("age not a number", version("[{'id':1,'name':'x','angle':1,'distance':2,'age':'about 40'}]", "[]"),
                        "versions[0].nwk.alteri[0].age", MapFormatError.WRONG_TYPE),
                Arguments.of("ego age too high", "{'versions':[{'id':1,'nwk':{'ego':{'age':'400'}}}]}",
                        "versions[0].nwk.ego.age", MapFormatError.OUT_OF_RANGE),
                Arguments.of("connection to unknown alter", version("[" + PAPA + "]", "[{'id1':1,'id2':2}]"),
                        "versions[0].nwk.connections[0].id2", MapFormatError.UNKNOWN_PERSON),
                Arguments.of("connection not an object", version("[" + PAPA + "]", "[[1,2]]"),
                        "versions[0].nwk.connections[0]", MapFormatError.WRONG_TYPE),
                Arguments.of("alteri not a list", version("{}", "[]"), "versions[0].nwk.alteri", MapFormatError.WRONG_TYPE),
                Arguments.of("deep junk", "{'versions':[{'id':1,'nwk':{'junk':" + "{'a':".repeat(40) + "1" + "}".repeat(40)
                        + "}}]}", "versions[0].nwk.junk.a*", MapFormatError.TOO_DEEP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRecords")
    void aBadRecordIsRefusedNamingTheField(String what, String text, String field, MapFormatError error) {
        assertThatThrownBy(() -> EasyNwkReader.read(json(text)))
                .isInstanceOfSatisfying(MapFormatException.class, e -> {
                    if (field.endsWith("*")) {
                        assertThat(e.field()).startsWith(field.substring(0, field.length() - 1));
                    } else {
                        assertThat(e.field()).isEqualTo(field);
                    }
                    assertThat(e.error()).isEqualTo(error);
                });
    }

    @Test
    void moreThan5000AlteriAreRefused() {
        var alteri = new StringBuilder("[");
        for (int i = 0; i <= MapLimits.MAX_PERSONS; i++) {
            alteri.append(i == 0 ? "" : ",").append("{'id':").append(i).append(",'name':'x','angle':1,'distance':2}");
        }
        alteri.append("]");
        assertThatThrownBy(() -> EasyNwkReader.read(json(version(alteri.toString(), "[]"))))
                .isInstanceOfSatisfying(MapFormatException.class, e -> {
                    assertThat(e.field()).isEqualTo("versions[0].nwk.alteri");
                    assertThat(e.error()).isEqualTo(MapFormatError.TOO_MANY);
                });
    }
}
