/**
 * The pure domain core of consent: who must agree before Kring shows something about a youth to
 * someone outside the family, whether that agreement holds on a given moment, when Kring may share
 * without it, and the file rights (access, correction, destruction) and retention that go with it.
 *
 * <p>Everything here is plain Java: records, enums and sealed interfaces, no framework and no
 * database. Nothing reads the clock; every question takes the moment ({@link java.time.Instant}) or
 * the day ({@link java.time.LocalDate}) it is about. Days are counted in Dutch time
 * ({@link nl.kring.consent.domain.Consent#ZONE}).
 *
 * <p>Where to start:
 * <ul>
 *   <li>{@link nl.kring.consent.domain.ConsentAgeRules}: who must consent, by the youth's age.</li>
 *   <li>{@link nl.kring.consent.domain.Subject}: the youth a consent is about, with the parents.</li>
 *   <li>{@link nl.kring.consent.domain.Consent} and {@link nl.kring.consent.domain.ConsentState}:
 *       one consent and whether it holds.</li>
 *   <li>{@link nl.kring.consent.domain.FamilyConsents}: all consents and exceptions of one family;
 *       answers "may this recipient see this category now?" and "whom must Kring ask?".</li>
 *   <li>{@link nl.kring.consent.domain.FileRights}, {@link nl.kring.consent.domain.DestructionRequest}
 *       and {@link nl.kring.consent.domain.RetentionPolicy}: privacy rights and retention.</li>
 * </ul>
 *
 * <p>These rules follow Dutch youth-care practice (WGBO, Jeugdwet, NVO code) as the project
 * understands it; they are not legal advice.
 */
package nl.kring.consent.domain;
