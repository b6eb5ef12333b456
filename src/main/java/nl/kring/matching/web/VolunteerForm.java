package nl.kring.matching.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kring.matching.domain.VolunteerRules;

/** The registration form as typed, to show again after a refusal (never the passwords). */
record VolunteerForm(Map<String, String> fields, Set<String> programmes, Set<String> languages, Set<String> availability,
        Set<String> interests, boolean consent) {

    static final List<String> TEXT_FIELDS = List.of("kind", "name", "household", "postcode", "email", "phone", "username", "experience",
            "cultures", "ageFrom", "ageTo", "maxDistanceKm");

    static VolunteerForm blank() {
        return new VolunteerForm(Map.of("kind", "PERSON"), Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    public String text(String name) {
        return fields.getOrDefault(name, "");
    }

    public String kind() {
        return text("kind");
    }

    VolunteerRules.Input input() {
        return new VolunteerRules.Input(text("kind"), text("name"), text("household"), text("postcode"), List.copyOf(languages),
                List.copyOf(availability), List.copyOf(interests), text("experience"), text("cultures"), text("ageFrom"), text("ageTo"),
                text("maxDistanceKm"));
    }

    VolunteerRules.Contact contact() {
        return new VolunteerRules.Contact(text("email"), text("phone"));
    }
}
