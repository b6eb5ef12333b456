package nl.kring.network.io;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads Kring's own map format, version 1. Its shape:
 *
 * <pre>{@code
 * {
 *   "format": "kring-network-map",          required, exactly this
 *   "formatVersion": 1,                      required; newer versions are refused with a clear error
 *   "number": 2,                             version number of the map, default 1
 *   "title": "After the first meeting",      optional
 *   "createdAt": "2026-03-01T10:00:00Z",     optional, ISO 8601 instant
 *   "centre": {                              required
 *     "name": "Sam", "birthDate": "2010-05-01", "age": 15, "gender": "MALE", "note": ""   all optional
 *   },
 *   "persons": [                             required, at most 5000
 *     { "id": "p1",                          required, unique, stable across versions
 *       "name": "Oma",                       required (name or pseudonym)
 *       "angle": 45.0, "distance": 20.0,     required: -180..180 degrees; 0..1000, map edge at 100
 *       "role": "GRANDPARENT", "roleText": "oma van moederskant",
 *       "gender": "FEMALE",                  FEMALE | MALE | OTHER | UNKNOWN (default)
 *       "kind": "PERSON",                    PERSON (default) | PET | NON_HUMAN
 *       "age": 72,  or  "ageBand": "SENIOR"  one of the two, or neither
 *       "level": 1,                          1..4, optional
 *       "supports": {"EMOTIONAL": "GIVES_TO_CENTRE", "PRACTICAL": "MUTUAL"},
 *       "centreTie": "STRONG",               NONE | EXISTING (default) | STRONG
 *       "factor": "PROTECTIVE",              PROTECTIVE | RISK | NONE (default)
 *       "available": true, "reachable": true, "conflict": false, "deceased": false,
 *       "note": "" }
 *   ],
 *   "ties": [ {"a": "p1", "b": "p2", "conflict": false} ]     optional, ids of persons above
 * }
 * }</pre>
 *
 * Unknown fields are ignored, so that later versions can add fields that older readers skip.
 */
public final class KringMapReader {

    public static final String FORMAT = "kring-network-map";
    public static final int FORMAT_VERSION = 1;

    private static final Pattern ROLE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST_BIRTH_DATE = LocalDate.of(2100, 12, 31);

    private KringMapReader() {
    }

    public static MapVersion read(InputStream json) {
        return read(JsonInput.readLimited(json));
    }

    public static MapVersion read(byte[] json) {
        JsonField root = JsonInput.parse(json).requireObject();
        checkFormat(root);

        int number = root.get("number").optionalWholeNumber(1, 1_000_000).orElse(1);
        String title = root.get("title").optionalText(MapLimits.MAX_NAME_LENGTH).orElse("");
        Instant createdAt = root.get("createdAt").optionalText(100).map(text -> instant(root.get("createdAt"), text))
                .orElse(null);
        Centre centre = centre(root.get("centre").requireObject());

        var persons = new ArrayList<MapPerson>();
        Set<String> ids = new HashSet<>();
        for (JsonField field : root.get("persons").requireArray(MapLimits.MAX_PERSONS)) {
            MapPerson person = person(field.requireObject());
            if (!ids.add(person.id())) {
                throw field.get("id").error(MapFormatError.DUPLICATE_ID, person.id());
            }
            persons.add(person);
        }
        var ties = new ArrayList<Tie>();
        for (JsonField field : root.get("ties").optionalArray(MapLimits.MAX_TIES)) {
            ties.add(tie(field.requireObject(), ids));
        }
        try {
            return new MapVersion(centre, persons, ties, number, title, createdAt);
        } catch (IllegalArgumentException e) {
            throw root.error(MapFormatError.INVALID, e.getMessage());
        }
    }

    private static void checkFormat(JsonField root) {
        JsonField format = root.get("format");
        if (!FORMAT.equals(format.requireText(100))) {
            throw format.error(MapFormatError.WRONG_FORMAT, FORMAT);
        }
        JsonField version = root.get("formatVersion");
        int found = version.requireWholeNumber(1, Integer.MAX_VALUE);
        if (found > FORMAT_VERSION) {
            throw version.error(MapFormatError.UNSUPPORTED_VERSION, found, FORMAT_VERSION);
        }
    }

    private static Centre centre(JsonField centre) {
        String name = centre.get("name").optionalText(MapLimits.MAX_NAME_LENGTH).orElse("");
        LocalDate birthDate = centre.get("birthDate").optionalText(20)
                .map(text -> birthDate(centre.get("birthDate"), text))
                .orElse(null);
        Integer age = centre.get("age").optionalWholeNumber(0, Age.MAX_YEARS).orElse(null);
        Gender gender = centre.get("gender").optionalCode(Gender.class).orElse(Gender.UNKNOWN);
        String note = centre.get("note").optionalText(MapLimits.MAX_NOTE_LENGTH).orElse("");
        return new Centre(name, birthDate, age, gender, note);
    }

    private static MapPerson person(JsonField person) {
        String id = person.get("id").requireText(MapLimits.MAX_ID_LENGTH);
        String name = person.get("name").requireText(MapLimits.MAX_NAME_LENGTH);
        double angle = person.get("angle").requireNumber(-180.0, 180.0);
        double distance = person.get("distance").requireNumber(0.0, MapLimits.MAX_DISTANCE);

        JsonField roleField = person.get("role");
        String role = roleField.optionalText(100).orElse(null);
        if (role != null && !ROLE_CODE.matcher(role).matches()) {
            throw roleField.wrongType(Expected.ROLE_CODE);
        }
        var builder = MapPerson.builder(id, name)
                .position(new Position(angle, distance))
                .role(role, person.get("roleText").optionalText(MapLimits.MAX_NAME_LENGTH).orElse(null))
                .gender(person.get("gender").optionalCode(Gender.class).orElse(Gender.UNKNOWN))
                .kind(person.get("kind").optionalCode(EntryKind.class).orElse(EntryKind.PERSON))
                .age(age(person))
                .level(person.get("level").optionalWholeNumber(1, 4)
                        .flatMap(SupportLevel::ofNumber).orElse(null))
                .centreTie(person.get("centreTie").optionalCode(CentreTie.class).orElse(CentreTie.EXISTING))
                .factor(person.get("factor").optionalCode(Factor.class).orElse(Factor.NONE))
                .available(person.get("available").optionalBoolean(true))
                .reachable(person.get("reachable").optionalBoolean(true))
                .conflict(person.get("conflict").optionalBoolean(false))
                .deceased(person.get("deceased").optionalBoolean(false))
                .note(person.get("note").optionalText(MapLimits.MAX_NOTE_LENGTH).orElse(""));
        supports(person.get("supports")).forEach(builder::support);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw person.error(MapFormatError.INVALID, e.getMessage());
        }
    }

    private static Age age(JsonField person) {
        var years = person.get("age").optionalWholeNumber(0, Age.MAX_YEARS);
        var band = person.get("ageBand").optionalCode(AgeBand.class);
        if (years.isPresent() && band.isPresent()) {
            throw person.get("ageBand").error(MapFormatError.CONFLICTING_FIELDS, person.get("age").path());
        }
        return years.<Age>map(Age::years).orElseGet(() -> band.map(Age::band).orElse(null));
    }

    private static Map<SupportType, SupportDirection> supports(JsonField supports) {
        var result = new EnumMap<SupportType, SupportDirection>(SupportType.class);
        if (!supports.present()) {
            return result;
        }
        supports.requireObject();
        for (String name : supports.propertyNames()) {
            JsonField value = supports.get(name);
            SupportType type = new JsonField(objectKey(name), value.path()).requireCode(SupportType.class);
            value.optionalCode(SupportDirection.class).ifPresent(direction -> result.put(type, direction));
        }
        return result;
    }

    /** A property name as a text node, so that it can be checked like a value. */
    private static JsonNode objectKey(String name) {
        return JsonNodeFactory.instance.stringNode(name);
    }

    private static Tie tie(JsonField tie, Set<String> ids) {
        String a = knownPerson(tie.get("a"), ids);
        String b = knownPerson(tie.get("b"), ids);
        return new Tie(a, b, tie.get("conflict").optionalBoolean(false));
    }

    private static String knownPerson(JsonField field, Set<String> ids) {
        String id = field.requireText(MapLimits.MAX_ID_LENGTH);
        if (!ids.contains(id)) {
            throw field.error(MapFormatError.UNKNOWN_PERSON, id);
        }
        return id;
    }

    private static Instant instant(JsonField field, String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw field.wrongType(Expected.DATE_TIME);
        }
    }

    private static LocalDate birthDate(JsonField field, String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw field.wrongType(Expected.DATE);
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE) || date.isAfter(LATEST_BIRTH_DATE)) {
            throw field.error(MapFormatError.OUT_OF_RANGE, EARLIEST_BIRTH_DATE, LATEST_BIRTH_DATE);
        }
        return date;
    }
}
