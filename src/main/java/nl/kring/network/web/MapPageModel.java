package nl.kring.network.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.family.domain.FamilyFile;
import nl.kring.identity.CurrentUser;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMaps;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapEdit;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.io.Expected;
import nl.kring.network.io.MapFormatException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Puts what the map pages show into the model: names instead of ids, labels as message keys. */
@Component
class MapPageModel {

    /** Which optional layers the map shows. */
    record Display(boolean conflicts, boolean support, boolean pseudonyms) {
        static final Display ALL = new Display(true, true, false);
    }

    /** A person as listed beside the map. */
    record PersonRow(String id, String name, String role, String sectorKey, String circleKey, List<String> supportKeys,
            boolean counted, boolean conflict, boolean deceased, String kind) {}

    record TieRow(String a, String b, String nameA, String nameB, boolean conflict) {}

    /** A figure with its value and a plain-language explanation. */
    record Figure(String key, String value) {}

    record SignalRow(String code, List<String> names) {}

    private final MessageSource messages;
    private final MapDrawing drawing;

    MapPageModel(MessageSource messages, MapDrawing drawing) {
        this.messages = messages;
        this.drawing = drawing;
    }

    void addChoices(Model model, FamilyFile family) {
        model.addAttribute("perspectives", MapSummary.Perspective.values());
        var centres = new LinkedHashMap<String, String>();
        family.youths().forEach(m -> centres.put("YOUTH:" + m.id(), m.givenName() + " " + m.familyName()));
        family.parents().forEach(m -> centres.put("PARENT:" + m.id(), m.givenName() + " " + m.familyName()));
        centres.put("HOUSEHOLD", family.name());
        model.addAttribute("centres", centres);
    }

    void editor(Model model, CurrentUser user, NetworkMaps.OpenedVersion opened, PersonForm form, Display display) {
        var version = opened.stored().version();
        var names = display.pseudonyms() ? pseudonyms(version) : names(version);
        model.addAttribute("family", opened.family());
        model.addAttribute("map", opened.map());
        model.addAttribute("stored", opened.stored());
        model.addAttribute("versions", opened.versions());
        model.addAttribute("editable", opened.stored().latest() && opened.mayContribute() && !display.pseudonyms());
        model.addAttribute("revision", opened.stored().revision());
        model.addAttribute("centreName", display.pseudonyms() ? label("network.pseudonym.centre") : version.centre().name());
        model.addAttribute("persons", version.persons().stream().map(p -> row(p, names.getOrDefault(p.id(), p.name()))).toList());
        model.addAttribute("ties", version.ties().stream()
                .map(t -> new TieRow(t.a(), t.b(), names.getOrDefault(t.a(), t.a()), names.getOrDefault(t.b(), t.b()), t.conflict()))
                .toList());
        model.addAttribute("personNames", names);
        model.addAttribute("assignedRoles", opened.assignedRoles());
        model.addAttribute("runningSupport", opened.runningSupport());
        model.addAttribute("figures", figures(opened, names));
        model.addAttribute("signals", opened.figures().signals().stream()
                .map(s -> new SignalRow(s.code().name(), s.personIds().stream().map(id -> names.getOrDefault(id, id)).toList()))
                .toList());
        model.addAttribute("supportByType", opened.figures().supportByType().entrySet().stream()
                .map(e -> Map.of("type", e.getKey().name(),
                        "informal", e.getValue().informal().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", ")),
                        "professional", e.getValue().professional().stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "))))
                .toList());
        model.addAttribute("personForm", form);
        model.addAttribute("display", display);
        model.addAttribute("svg", display.pseudonyms()
                ? drawing.svg(version, display, java.util.Set.of(), LocaleContextHolder.getLocale(), "map-v" + version.number(),
                        names, label("network.pseudonym.centre"))
                : drawing.svg(version, display, java.util.Set.of(), LocaleContextHolder.getLocale()));
        model.addAttribute("roles", PersonForm.ROLES);
        model.addAttribute("genders", Gender.values());
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("levels", SupportLevel.values());
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("circles", Circle.values());
        model.addAttribute("supportTypes", SupportType.values());
        model.addAttribute("directions", SupportDirection.values());
        model.addAttribute("centreTies", CentreTie.values());
        model.addAttribute("factors", Factor.values());
    }

    /** One map of several shown side by side. */
    record SideBySideMap(MapSummary map, int version, String centreName, String svg, List<Figure> figures, List<SignalRow> signals) {}

    void sideBySide(Model model, List<NetworkMaps.OpenedVersion> opened) {
        model.addAttribute("family", opened.getFirst().family());
        model.addAttribute("sideBySide", opened.stream().map(o -> {
            var names = names(o.stored().version());
            return new SideBySideMap(o.map(), o.stored().number(), o.stored().version().centre().name(),
                    drawing.svg(o.stored().version(), Display.ALL, java.util.Set.of(), LocaleContextHolder.getLocale(),
                            "map-" + o.map().id().toString().substring(0, 8)),
                    figures(o, names),
                    o.figures().signals().stream()
                            .map(s -> new SignalRow(s.code().name(), s.personIds().stream().map(id -> names.getOrDefault(id, id)).toList()))
                            .toList());
        }).toList());
    }

    void comparison(Model model, NetworkMaps.Comparison comparison) {
        var names = new LinkedHashMap<String, String>();
        names.putAll(names(comparison.from().version()));
        names.putAll(names(comparison.to().version()));
        var changes = comparison.changes();
        model.addAttribute("map", comparison.map());
        model.addAttribute("from", comparison.from().number());
        model.addAttribute("to", comparison.to().number());
        model.addAttribute("changes", changes);
        model.addAttribute("names", names);
        var highlighted = new LinkedHashMap<String, String>();
        changes.added().forEach(id -> highlighted.put(id, "ADDED"));
        changes.closer().forEach(m -> highlighted.put(m.personId(), "CLOSER"));
        changes.further().forEach(m -> highlighted.put(m.personId(), "FURTHER"));
        model.addAttribute("svgFrom", drawing.svg(comparison.from().version(), Display.ALL,
                java.util.Set.copyOf(changes.removed()), LocaleContextHolder.getLocale()));
        model.addAttribute("svgTo", drawing.comparisonSvg(comparison.to().version(), highlighted, LocaleContextHolder.getLocale()));
    }

    /** The person's own change, described for the conflict message. */
    Map<String, Object> describe(MapEdit edit, MapVersion current) {
        var names = names(current);
        return switch (edit) {
            case MapEdit.AddPerson add -> Map.of("key", "network.conflict.add", "name", add.person().name());
            case MapEdit.UpdatePerson update -> Map.of("key", "network.conflict.update", "name", update.person().name());
            case MapEdit.MovePerson move -> Map.of("key", "network.conflict.move", "name", names.getOrDefault(move.personId(), move.personId()));
            case MapEdit.RemovePerson remove -> Map.of("key", "network.conflict.remove", "name", names.getOrDefault(remove.personId(), remove.personId()));
            case MapEdit.RestorePerson restore -> Map.of("key", "network.conflict.restore", "name", restore.person().name());
            case MapEdit.AddTie tie -> Map.of("key", "network.conflict.tie", "name",
                    names.getOrDefault(tie.tie().a(), tie.tie().a()) + " – " + names.getOrDefault(tie.tie().b(), tie.tie().b()));
            case MapEdit.RemoveTie tie -> Map.of("key", "network.conflict.untie", "name",
                    names.getOrDefault(tie.a(), tie.a()) + " – " + names.getOrDefault(tie.b(), tie.b()));
            case MapEdit.UpdateCentre centre -> Map.of("key", "network.conflict.centre", "name", centre.centre().name());
        };
    }

    Object[] formatArguments(MapFormatException e) {
        var locale = LocaleContextHolder.getLocale();
        return Arrays.stream(e.messageArguments())
                .map(argument -> argument instanceof Expected expected ? messages.getMessage(expected.messageKey(), null, locale) : argument)
                .toArray();
    }

    private List<Figure> figures(NetworkMaps.OpenedVersion opened, Map<String, String> names) {
        var figures = opened.figures();
        var list = new ArrayList<Figure>();
        list.add(new Figure("personCount", String.valueOf(figures.personCount())));
        list.add(new Figure("tieCount", String.valueOf(figures.tieCount())));
        list.add(new Figure("density", String.format(Locale.ROOT, "%.2f", figures.density())));
        list.add(new Figure("components", String.valueOf(figures.components())));
        list.add(new Figure("isolated", join(figures.isolated(), names)));
        list.add(new Figure("articulationPoints", join(figures.articulationPoints(), names)));
        list.add(new Figure("cliques", figures.cliques().isEmpty() ? "–"
                : figures.cliques().stream().map(c -> join(c, names)).collect(Collectors.joining("; "))));
        var search = figures.cliqueSearch();
        if (search.cut()) {
            list.add(new Figure("cliquesCut", messages.getMessage(
                    search.complete() ? "network.figure.cliquesCut.largest" : "network.figure.cliquesCut.stopped",
                    new Object[] {figures.cliques().size(), search.examined()}, LocaleContextHolder.getLocale())));
        }
        list.add(new Figure("sectors", Arrays.stream(Sector.values())
                .map(s -> label("network.sector." + s.name()) + " " + figures.sectors().getOrDefault(s, 0)).collect(Collectors.joining(", "))));
        list.add(new Figure("circles", Arrays.stream(Circle.values())
                .map(c -> label("network.circle." + c.name()) + " " + figures.circles().getOrDefault(c, 0)).collect(Collectors.joining(", "))));
        var central = figures.betweenness().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(3)
                .map(e -> names.getOrDefault(e.getKey(), e.getKey()) + String.format(Locale.ROOT, " (%.2f)", e.getValue()))
                .collect(Collectors.joining(", "));
        list.add(new Figure("betweenness", central.isEmpty() ? "–" : central));
        return list;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** Role and number instead of names, made now; the map keeps the real names. */
    Map<String, String> pseudonyms(MapVersion version) {
        return nl.kring.network.domain.Pseudonyms.of(version,
                code -> code == null ? label("network.pseudonym.person") : label("network.pseudonym." + code));
    }

    private PersonRow row(MapPerson person, String shownName) {
        var role = person.roleText() != null ? person.roleText()
                : person.roleCode() != null ? label("network.role." + person.roleCode()) : "";
        return new PersonRow(person.id(), shownName, role,
                person.sector().map(s -> "network.sector." + s.name()).orElse("network.sector.none"),
                person.circle().map(c -> "network.circle." + c.name()).orElse("network.circle.outside"),
                person.supportGivenToCentre().stream().map(t -> "network.supportType." + t.name()).toList(),
                person.counted(), person.conflict(), person.deceased(), person.kind().name());
    }

    private static Map<String, String> names(MapVersion version) {
        var names = new LinkedHashMap<String, String>();
        version.persons().forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    private static String join(List<String> ids, Map<String, String> names) {
        return ids.isEmpty() ? "–" : ids.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }
}
