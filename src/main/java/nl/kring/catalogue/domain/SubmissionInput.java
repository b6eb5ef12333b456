package nl.kring.catalogue.domain;

import java.util.List;

/**
 * The submission form as typed, every field a string (lists one item per line, places separated by
 * commas), so that a refused form comes back exactly as it was.
 */
public record SubmissionInput(String initiativeId, String name, String nutshell, List<String> elements, String whatWorks, String couldBeBetter,
        String forWhom, String ageFrom, String ageTo, List<String> targetGroups, String byWhom, List<String> supporters, String needs,
        String contact, String website, String region, String places, boolean national, String formality, String reach, String email,
        String submitterName, String note, String language) {

    public SubmissionInput {
        initiativeId = clean(initiativeId);
        name = clean(name);
        nutshell = clean(nutshell);
        elements = elements == null ? List.of() : List.copyOf(elements);
        whatWorks = clean(whatWorks);
        couldBeBetter = clean(couldBeBetter);
        forWhom = clean(forWhom);
        ageFrom = clean(ageFrom);
        ageTo = clean(ageTo);
        targetGroups = targetGroups == null ? List.of() : List.copyOf(targetGroups);
        byWhom = clean(byWhom);
        supporters = supporters == null ? List.of() : List.copyOf(supporters);
        needs = clean(needs);
        contact = clean(contact);
        website = clean(website);
        region = clean(region);
        places = clean(places);
        formality = clean(formality);
        reach = clean(reach);
        email = clean(email);
        submitterName = clean(submitterName);
        note = clean(note);
        language = clean(language);
    }

    private static String clean(String value) {
        return value == null ? "" : value;
    }

    public boolean has(String list, String code) {
        return switch (list) {
            case "elements" -> elements.contains(code);
            case "targetGroups" -> targetGroups.contains(code);
            case "supporters" -> supporters.contains(code);
            default -> false;
        };
    }

    /** An empty form for a new initiative. */
    public static SubmissionInput blank(String language) {
        return new SubmissionInput("", "", "", List.of(), "", "", "", "", "", List.of(), "", List.of(), "", "", "", "", "", false, "", "", "",
                "", "", language);
    }

    /** The form for a correction, filled in with the current content. */
    public static SubmissionInput correcting(Initiative current, String language) {
        return new SubmissionInput(current.id(), current.name(), current.nutshell(), current.elements().stream().map(Enum::name).toList(),
                String.join("\n", current.whatWorks()), String.join("\n", current.couldBeBetter()), current.forWhom(),
                current.ages() == null ? "" : String.valueOf(current.ages().from()), current.ages() == null ? "" : String.valueOf(current.ages().to()),
                current.targetGroups().stream().map(Enum::name).toList(), current.byWhom(), current.supporters().stream().map(Enum::name).toList(),
                String.join("\n", current.needs()), current.contact(), current.website() == null ? "" : current.website(), current.region(),
                String.join(", ", current.places()), current.national(), current.formality().name(), current.reach().name(), "", "", "", language);
    }
}
