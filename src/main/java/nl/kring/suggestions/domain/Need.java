package nl.kring.suggestions.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.kring.network.domain.SupportType;

/**
 * An open need of the family, from the map, the plan or the family's own words.
 *
 * @param key stable while the need lasts (a choice names it), such as {@code GAP:PRACTICAL}
 * @param types the kinds of support that would meet it; an overloaded supporter's need lists what they give
 * @param subject what it is about in the family's words: a person's name, an agreement, the family's text
 * @param words the family's own words to look for in the catalogue, for a need they wrote themselves
 * @param leaveOut the person ({@code mapId/personId}) the need is about, who is not suggested for it
 */
public record Need(String key, NeedKind kind, Set<SupportType> types, String subject, Optional<String> words, Optional<String> leaveOut) {

    public Need {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException("a need is about at least one kind of support");
        }
        types = Set.copyOf(types);
        subject = subject == null ? "" : subject.strip();
        words = words == null ? Optional.empty() : words.map(String::strip).filter(w -> !w.isEmpty());
        leaveOut = leaveOut == null ? Optional.empty() : leaveOut;
    }

    /** The kind of support an agreement made from this need starts with (the family may change it). */
    public SupportType firstType() {
        return types.stream().sorted().findFirst().orElseThrow();
    }
}
