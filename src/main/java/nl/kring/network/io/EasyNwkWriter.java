package nl.kring.network.io;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes maps in the shape easyNWK 2.7 saves and opens (see {@link EasyNwkReader}), so a family can
 * take its map to easyNWK. What easyNWK has no place for is lost: levels, role codes (the role text
 * is written, or else the code), normative support, age bands, factor, availability, reachability,
 * the centre's birth date and conflicts on ties between network members. Pets become non-human
 * alteri. easyNWK's ids are numbers: numeric ids are kept, other ids get the next free numbers in
 * sorted order, the same in every version.
 */
public final class EasyNwkWriter {

    private static final Pattern NUMERIC_ID = Pattern.compile("0|[1-9]\\d{0,8}");
    /** easyNWK's default icon size, part of its record. */
    private static final String DEFAULT_SIZE = "5";

    private EasyNwkWriter() {
    }

    public static byte[] write(MapHistory history) {
        Map<String, Integer> numbers = numbersFor(history);
        ObjectNode root = JsonInput.MAPPER.createObjectNode();
        var versions = root.putArray("versions");
        for (MapVersion version : history.versions()) {
            ObjectNode node = versions.addObject();
            node.put("id", version.number());
            node.put("title", version.title());
            node.put("date", version.createdAt() == null
                    ? ""
                    : version.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
            nwk(node.putObject("nwk"), version, numbers);
        }
        root.put("currentVersion", history.latest().number());
        root.put("size", DEFAULT_SIZE);
        return JsonInput.MAPPER.writeValueAsBytes(root);
    }

    private static void nwk(ObjectNode nwk, MapVersion version, Map<String, Integer> numbers) {
        ego(nwk.putObject("ego"), version.centre());
        var alteri = nwk.putArray("alteri");
        version.persons().forEach(person -> alter(alteri.addObject(), person, numbers.get(person.id())));
        var connections = nwk.putArray("connections");
        for (Tie tie : version.ties()) {
            var connection = connections.addObject();
            connection.put("id1", numbers.get(tie.a()));
            connection.put("id2", numbers.get(tie.b()));
        }
    }

    private static void ego(ObjectNode ego, Centre centre) {
        ego.put("name", centre.name());
        ego.put("currentGender", EasyNwkCodes.gender(centre.gender()));
        ego.put("age", centre.age() == null ? "" : centre.age().toString());
        ego.put("note", centre.note());
        ego.put("emoji", "");
    }

    private static void alter(ObjectNode alter, MapPerson person, int number) {
        int edgeType = EasyNwkCodes.edgeType(person.centreTie());
        alter.put("id", number);
        alter.put("name", person.name());
        alter.put("role", person.roleText() != null ? person.roleText()
                : person.roleCode() != null ? person.roleCode() : "");
        alter.put("roleDefault", false);
        alter.put("human", person.kind() == EntryKind.PERSON);
        alter.put("currentGender", EasyNwkCodes.gender(person.gender()));
        alter.put("genderDefault", person.gender() == Gender.UNKNOWN);
        alter.put("age", person.age() instanceof Age.Years years ? Integer.toString(years.years()) : "");
        alter.put("note", person.note());
        alter.put("deceased", person.deceased());
        alter.put("edgeType", edgeType);
        alter.put("edgeTypeByUser", edgeType);
        alter.put("angle", person.position().angle());
        alter.put("distance", person.position().distance());
        alter.put("emoji", "");
        alter.put("conflict", person.conflict());
        for (String field : EasyNwkCodes.SUPPORT_FIELD_ORDER) {
            SupportType type = EasyNwkCodes.SUPPORT_FIELDS.get(field);
            alter.put(field, EasyNwkCodes.direction(person.supports().get(type)));
        }
    }

    /** Numeric ids stay; the others follow the highest of them, in sorted order. */
    private static Map<String, Integer> numbersFor(MapHistory history) {
        var ids = new TreeSet<String>();
        history.versions().forEach(version -> version.persons().forEach(person -> ids.add(person.id())));
        var numbers = new HashMap<String, Integer>();
        int highest = -1;
        for (String id : ids) {
            if (NUMERIC_ID.matcher(id).matches()) {
                int number = Integer.parseInt(id);
                numbers.put(id, number);
                highest = Math.max(highest, number);
            }
        }
        for (String id : ids) {
            if (!numbers.containsKey(id)) {
                numbers.put(id, ++highest);
            }
        }
        return numbers;
    }
}
