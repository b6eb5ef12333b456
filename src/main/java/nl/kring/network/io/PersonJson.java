package nl.kring.network.io;

import java.util.ArrayList;
import java.util.List;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Tie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One person in Kring's map format, for the API's edits and for undo. Reads through
 * {@link KringMapReader}, so a person is validated exactly as inside a whole map.
 */
public final class PersonJson {

    private PersonJson() {}

    /** A person, optionally with the ties they had (to persons that need not be given). */
    public record PersonWithTies(MapPerson person, List<Tie> ties) {}

    public static JsonNode write(MapPerson person) {
        var tree = KringMapWriter.tree(new MapVersion(Centre.named(""), List.of(person), List.of()));
        return tree.get("persons").get(0);
    }

    public static MapPerson read(JsonNode person) {
        var document = JsonInput.MAPPER.createObjectNode();
        document.put("format", KringMapReader.FORMAT);
        document.put("formatVersion", KringMapReader.FORMAT_VERSION);
        document.putObject("centre");
        document.putArray("persons").add(person == null ? JsonInput.MAPPER.nullNode() : person);
        try {
            return KringMapReader.read(JsonInput.MAPPER.writeValueAsBytes(document)).persons().getFirst();
        } catch (MapFormatException e) {
            // name the field as the caller sent it: "person.angle", not "persons[0].angle"
            throw new MapFormatException(e.field().replaceFirst("^\\$?\\.?persons\\[0\\]", "person"), e.error(), e.messageArguments());
        }
    }

    public static String writeWithTies(MapPerson person, List<Tie> ties) {
        ObjectNode root = JsonInput.MAPPER.createObjectNode();
        root.set("person", write(person));
        var array = root.putArray("ties");
        for (var tie : ties) {
            array.addObject().put("a", tie.a()).put("b", tie.b()).put("conflict", tie.conflict());
        }
        return JsonInput.MAPPER.writeValueAsString(root);
    }

    public static PersonWithTies readWithTies(String json) {
        JsonNode root;
        try {
            root = JsonInput.MAPPER.readTree(json);
        } catch (RuntimeException e) {
            throw new MapFormatException(MapFormatException.ROOT, MapFormatError.NOT_JSON, 1, 1);
        }
        var person = read(root.get("person"));
        var ties = new ArrayList<Tie>();
        var array = root.get("ties");
        if (array != null && array.isArray()) {
            for (var tie : array) {
                var a = tie.path("a").asString("");
                var b = tie.path("b").asString("");
                if (!a.isBlank() && !b.isBlank() && !a.equals(b) && (a.equals(person.id()) || b.equals(person.id()))) {
                    ties.add(new Tie(a, b, tie.path("conflict").asBoolean(false)));
                }
            }
        }
        return new PersonWithTies(person, ties);
    }
}
