package nl.kring.network.io;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Tie;

/**
 * Reads a file saved by easyNWK (https://github.com/fhstp/easynwk-web, checked against 2.7.1).
 *
 * <p>easyNWK 2.1 and later save an {@code NWKRecord}:
 * <pre>{@code
 * { "versions": [ { "id": 1, "title": "Erstgespräch", "date": "2024-02-26",
 *                   "nwk": { "ego": {...}, "alteri": [...], "connections": [...] } } ],
 *   "currentVersion": 1, "size": "5" }
 * }</pre>
 * Earlier versions saved one {@code NWK} ({@code ego}, {@code alteri}, {@code connections}); easyNWK
 * still opens those, and so does this reader (as version 1).
 *
 * <ul>
 *   <li>{@code ego}: {@code name}, {@code age} (a string), {@code currentGender}, {@code note},
 *       {@code emoji} → the centre (emoji is not kept);</li>
 *   <li>{@code alteri[]}: {@code id} (number), {@code name}, {@code role} (free text),
 *       {@code human}, {@code currentGender} (German label), {@code age} (string), {@code note},
 *       {@code deceased}, {@code edgeType} (0, 1, 2 → centre tie), {@code angle} (−180..180),
 *       {@code distance} (100 = outer edge), {@code conflict} and the five support fields
 *       {@code supportEmotional}, {@code supportInstrumental}, {@code supportInformational},
 *       {@code supportSocial}, {@code supportLinking} (0 none, 1 ego supports the alter, 2 the alter
 *       supports ego, 3 both; easyNWK's form may save them as strings "0".."3"). Not kept:
 *       {@code roleDefault}, {@code genderDefault}, {@code edgeTypeByUser}, {@code emoji} and the
 *       legacy {@code contactOfPartner};</li>
 *   <li>{@code connections[]}: {@code id1}, {@code id2}, undirected, between alteri of the same map.</li>
 * </ul>
 * Missing optional fields take easyNWK's own defaults ({@code initAlter}); older files lack many of
 * them. Person ids become strings ({@code 11} → {@code "11"}). easyNWK has no level, so levels stay
 * empty and the professionals' sector decides who is professional. The legacy {@code .nwk} text
 * format of easyNWK 1.5 is not read.
 */
public final class EasyNwkReader {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\s*\\d{1,9}\\s*");
    /** The writer keeps ids of up to nine digits as they are. */
    private static final int MAX_ID = 999_999_999;

    private EasyNwkReader() {
    }

    public static MapHistory read(InputStream json) {
        return read(JsonInput.readLimited(json));
    }

    public static MapHistory read(byte[] json) {
        JsonField root = JsonInput.parse(json).requireObject();
        if (!root.has("versions") && (root.has("alteri") || root.has("ego") || root.has("connections"))) {
            return MapHistory.of(nwk(root, 1, "", null));
        }
        List<JsonField> fields = root.get("versions").requireArray(MapLimits.MAX_VERSIONS);
        if (fields.isEmpty()) {
            throw root.get("versions").error(MapFormatError.REQUIRED);
        }
        var versions = new ArrayList<MapVersion>();
        Set<Integer> numbers = new HashSet<>();
        for (JsonField field : fields) {
            field.requireObject();
            int number = field.get("id").requireWholeNumber(0, MAX_ID);
            if (!numbers.add(number)) {
                throw field.get("id").error(MapFormatError.DUPLICATE_ID, number);
            }
            String title = field.get("title").optionalText(MapLimits.MAX_NAME_LENGTH).orElse("");
            Instant date = date(field.get("date"));
            versions.add(nwk(field.get("nwk").requireObject(), number, title, date));
        }
        return new MapHistory(versions);
    }

    private static MapVersion nwk(JsonField nwk, int number, String title, Instant date) {
        Centre centre = nwk.get("ego").optionalObject().map(EasyNwkReader::ego).orElse(Centre.named(""));
        var persons = new ArrayList<MapPerson>();
        Set<String> ids = new HashSet<>();
        for (JsonField field : nwk.get("alteri").optionalArray(MapLimits.MAX_PERSONS)) {
            MapPerson person = alter(field.requireObject());
            if (!ids.add(person.id())) {
                throw field.get("id").error(MapFormatError.DUPLICATE_ID, person.id());
            }
            persons.add(person);
        }
        var ties = new ArrayList<Tie>();
        for (JsonField field : nwk.get("connections").optionalArray(MapLimits.MAX_TIES)) {
            field.requireObject();
            ties.add(new Tie(knownAlter(field.get("id1"), ids), knownAlter(field.get("id2"), ids)));
        }
        try {
            return new MapVersion(centre, persons, ties, number, title, date);
        } catch (IllegalArgumentException e) {
            throw nwk.error(MapFormatError.INVALID, e.getMessage());
        }
    }

    private static Centre ego(JsonField ego) {
        return new Centre(
                ego.get("name").optionalText(MapLimits.MAX_NAME_LENGTH).orElse(""),
                null,
                age(ego.get("age")).orElse(null),
                gender(ego.get("currentGender")),
                ego.get("note").optionalText(MapLimits.MAX_NOTE_LENGTH).orElse(""));
    }

    private static MapPerson alter(JsonField alter) {
        String id = String.valueOf(alter.get("id").requireWholeNumber(0, MAX_ID));
        String name = alter.get("name").requireText(MapLimits.MAX_NAME_LENGTH);
        double angle = alter.get("angle").requireNumber(-180.0, 180.0);
        double distance = alter.get("distance").requireNumber(0.0, MapLimits.MAX_DISTANCE);
        var builder = MapPerson.builder(id, name)
                .position(new Position(angle, distance))
                .role(null, alter.get("role").optionalText(MapLimits.MAX_NAME_LENGTH).orElse(null))
                .kind(alter.get("human").optionalBoolean(true) ? EntryKind.PERSON : EntryKind.NON_HUMAN)
                .gender(gender(alter.get("currentGender")))
                .age(age(alter.get("age")).map(Age::years).orElse(null))
                .note(alter.get("note").optionalText(MapLimits.MAX_NOTE_LENGTH).orElse(""))
                .deceased(alter.get("deceased").optionalBoolean(false))
                .centreTie(EasyNwkCodes.centreTie(alter.get("edgeType").optionalWholeNumber(0, 2).orElse(1)))
                .conflict(alter.get("conflict").optionalBoolean(false));
        for (var support : EasyNwkCodes.SUPPORT_FIELDS.entrySet()) {
            var direction = EasyNwkCodes.direction(supportValue(alter.get(support.getKey())));
            if (direction != null) {
                builder.support(support.getValue(), direction);
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw alter.error(MapFormatError.INVALID, e.getMessage());
        }
    }

    private static Gender gender(JsonField field) {
        Optional<String> label = field.optionalText(100);
        if (label.isEmpty()) {
            return Gender.UNKNOWN;
        }
        Gender gender = EasyNwkCodes.GENDERS.get(label.get());
        if (gender == null) {
            throw field.unknownValue(label.get(), List.copyOf(new TreeSet<>(EasyNwkCodes.GENDERS.keySet())));
        }
        return gender;
    }

    /** easyNWK keeps ages as text; an empty text is no age. */
    private static Optional<Integer> age(JsonField field) {
        if (!field.present()) {
            return Optional.empty();
        }
        if (field.node().isNumber()) {
            return Optional.of(field.requireWholeNumber(0, Age.MAX_YEARS));
        }
        String text = field.optionalText(20).orElse("").trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw field.wrongType(Expected.WHOLE_NUMBER);
        }
        int years = Integer.parseInt(text);
        if (years > Age.MAX_YEARS) {
            throw field.error(MapFormatError.OUT_OF_RANGE, 0, Age.MAX_YEARS);
        }
        return Optional.of(years);
    }

    /** 0 to 3, as a number or as the text easyNWK's form may save. */
    private static int supportValue(JsonField field) {
        if (!field.present()) {
            return EasyNwkCodes.NO_SUPPORT;
        }
        if (field.node().isString()) {
            String text = field.optionalText(10).orElse("").trim();
            if (text.length() == 1 && text.charAt(0) >= '0' && text.charAt(0) <= '3') {
                return text.charAt(0) - '0';
            }
            throw field.unknownValue(text, List.of("0", "1", "2", "3"));
        }
        return field.requireWholeNumber(0, 3);
    }

    private static String knownAlter(JsonField field, Set<String> ids) {
        String id = String.valueOf(field.requireWholeNumber(0, MAX_ID));
        if (!ids.contains(id)) {
            throw field.error(MapFormatError.UNKNOWN_PERSON, id);
        }
        return id;
    }

    private static Instant date(JsonField field) {
        String text = field.optionalText(30).orElse("").trim();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw field.wrongType(Expected.DATE);
        }
    }
}
