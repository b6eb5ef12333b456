package nl.kring.catalogue.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What every entry must satisfy, whether it comes from the starting content or from a submission: the
 * template's required parts are filled in, texts stay within their lengths, at least one element is
 * named, and a web address is a plain http(s) address (it becomes a link on a public page).
 */
public final class InitiativeRules {

    public static final Pattern ID = Pattern.compile("^[a-z0-9][a-z0-9-]{0,79}$");
    public static final int NAME_LENGTH = 120;
    public static final int TEXT_LENGTH = 2000;
    public static final int ITEM_LENGTH = 400;
    public static final int MAX_ITEMS = 12;
    public static final int PLACE_LENGTH = 80;
    public static final int MAX_PLACES = 20;
    private static final Pattern WEB_ADDRESS = Pattern.compile("^https?://[^\\s<>\"']{3,300}$");

    private InitiativeRules() {}

    public static List<Problem> check(Initiative initiative) {
        var problems = new ArrayList<Problem>();
        if (!ID.matcher(initiative.id()).matches()) {
            problems.add(new Problem("id", "catalogue.error.id"));
        }
        text(problems, "name", initiative.name(), NAME_LENGTH);
        text(problems, "nutshell", initiative.nutshell(), TEXT_LENGTH);
        text(problems, "forWhom", initiative.forWhom(), TEXT_LENGTH);
        text(problems, "byWhom", initiative.byWhom(), TEXT_LENGTH);
        text(problems, "contact", initiative.contact(), ITEM_LENGTH);
        text(problems, "region", initiative.region(), ITEM_LENGTH);
        if (initiative.elements().isEmpty()) {
            problems.add(new Problem("elements", "catalogue.error.elements"));
        }
        items(problems, "whatWorks", initiative.whatWorks(), ITEM_LENGTH, MAX_ITEMS);
        items(problems, "couldBeBetter", initiative.couldBeBetter(), ITEM_LENGTH, MAX_ITEMS);
        items(problems, "needs", initiative.needs(), ITEM_LENGTH, MAX_ITEMS);
        items(problems, "places", initiative.places(), PLACE_LENGTH, MAX_PLACES);
        if (initiative.website() != null && !WEB_ADDRESS.matcher(initiative.website()).matches()) {
            problems.add(new Problem("website", "catalogue.error.website"));
        }
        return List.copyOf(problems);
    }

    private static void text(List<Problem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new Problem(field, "catalogue.error.required"));
        } else if (value.length() > max) {
            problems.add(new Problem(field, "catalogue.error.tooLong"));
        }
    }

    private static void items(List<Problem> problems, String field, List<String> values, int max, int maxItems) {
        if (values.size() > maxItems || values.stream().anyMatch(v -> v == null || v.isBlank() || v.length() > max)) {
            problems.add(new Problem(field, "catalogue.error.items"));
        }
    }
}
