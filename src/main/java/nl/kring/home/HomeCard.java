package nl.kring.home;

/** One "what you can do next" block on the home page; all text comes from the message bundles. */
record HomeCard(String titleKey, String textKey, String href, String linkKey) {

    static HomeCard of(String name, String href) {
        return new HomeCard("home.card." + name + ".title", "home.card." + name + ".text", href,
                href == null ? null : "home.card." + name + ".link");
    }
}
