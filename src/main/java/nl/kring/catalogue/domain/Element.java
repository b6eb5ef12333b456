package nl.kring.catalogue.domain;

/**
 * The eight elements of normalising (seed 003), in the document's order. The code ({@code E1}…{@code E8})
 * is what is stored and what the API speaks; the name comes from the bundles under {@link #messageKey()}.
 * An element is a description of an initiative, never a score: nothing in Kring counts them to rank.
 */
public enum Element {
    /** Doubts and vulnerability are a normal part of growing up and raising children. */
    E1,
    /** Support is informal where it can be. */
    E2,
    /** Support is easy to reach (low threshold). */
    E3,
    /** Youth and parents stand as equals beside those who support them. */
    E4,
    /** The question or need of youth and parents leads. */
    E5,
    /** Those who support see the whole context of growing up and raising children. */
    E6,
    /** Attention for what goes well. */
    E7,
    /** Not making a problem or a diagnosis of what need not be one. */
    E8;

    public String messageKey() {
        return "catalogue.element." + name();
    }

    /** The longer explanation of the element, for the filter and the entry page. */
    public String explanationKey() {
        return messageKey() + ".explanation";
    }

    /** The element with this code ({@code E1}…{@code E8}, case-insensitive), or empty. */
    public static java.util.Optional<Element> ofCode(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        for (var element : values()) {
            if (element.name().equalsIgnoreCase(code.strip())) {
                return java.util.Optional.of(element);
            }
        }
        return java.util.Optional.empty();
    }
}
