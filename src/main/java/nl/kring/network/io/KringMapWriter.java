package nl.kring.network.io;

import java.util.Map;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportType;
import nl.kring.network.domain.Tie;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a map version in Kring's own format (see {@link KringMapReader} for the shape). Fields are
 * written in a fixed order and absent optional values are left out, so equal maps give equal bytes.
 */
public final class KringMapWriter {

    private KringMapWriter() {
    }

    public static byte[] write(MapVersion version) {
        return JsonInput.MAPPER.writeValueAsBytes(tree(version));
    }

    /** The map as a JSON tree, for embedding in an API response. */
    public static ObjectNode toTree(MapVersion version) {
        return tree(version);
    }

    static ObjectNode tree(MapVersion version) {
        ObjectNode root = JsonInput.MAPPER.createObjectNode();
        root.put("format", KringMapReader.FORMAT);
        root.put("formatVersion", KringMapReader.FORMAT_VERSION);
        root.put("number", version.number());
        if (!version.title().isEmpty()) {
            root.put("title", version.title());
        }
        if (version.createdAt() != null) {
            root.put("createdAt", version.createdAt().toString());
        }
        centre(root.putObject("centre"), version.centre());
        var persons = root.putArray("persons");
        version.persons().forEach(person -> person(persons.addObject(), person));
        var ties = root.putArray("ties");
        version.ties().forEach(tie -> tie(ties.addObject(), tie));
        return root;
    }

    private static void centre(ObjectNode node, Centre centre) {
        node.put("name", centre.name());
        if (centre.birthDate() != null) {
            node.put("birthDate", centre.birthDate().toString());
        }
        if (centre.age() != null) {
            node.put("age", centre.age());
        }
        node.put("gender", centre.gender().name());
        node.put("note", centre.note());
    }

    private static void person(ObjectNode node, MapPerson person) {
        node.put("id", person.id());
        node.put("name", person.name());
        node.put("angle", person.position().angle());
        node.put("distance", person.position().distance());
        if (person.roleCode() != null) {
            node.put("role", person.roleCode());
        }
        if (person.roleText() != null) {
            node.put("roleText", person.roleText());
        }
        node.put("gender", person.gender().name());
        node.put("kind", person.kind().name());
        switch (person.age()) {
            case Age.Years years -> node.put("age", years.years());
            case Age.Band band -> node.put("ageBand", band.band().name());
            case null -> { }
        }
        if (person.level() != null) {
            node.put("level", person.level().number());
        }
        var supports = node.putObject("supports");
        for (Map.Entry<SupportType, SupportDirection> support : person.supports().entrySet()) {
            supports.put(support.getKey().name(), support.getValue().name());
        }
        node.put("centreTie", person.centreTie().name());
        node.put("factor", person.factor().name());
        node.put("available", person.available());
        node.put("reachable", person.reachable());
        node.put("conflict", person.conflict());
        node.put("deceased", person.deceased());
        node.put("note", person.note());
    }

    private static void tie(ObjectNode node, Tie tie) {
        node.put("a", tie.a());
        node.put("b", tie.b());
        node.put("conflict", tie.conflict());
    }
}
