package nl.kring.matching;

import nl.kring.matching.domain.InvalidMatchInput;

/** Input about a match refused (400): the field and the message key. */
public final class MatchRefused extends MatchingRefusal {

    public MatchRefused(String field, String messageKey) {
        super(400, messageKey, field);
    }

    static MatchRefused of(InvalidMatchInput invalid) {
        return new MatchRefused(invalid.problem().field(), invalid.problem().messageKey());
    }
}
