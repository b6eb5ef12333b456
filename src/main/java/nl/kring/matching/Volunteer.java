package nl.kring.matching;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import nl.kring.matching.domain.VolunteerProfile;

/** A registered volunteer of an organisation: their account, profile and phone number (their e-mail is the account's)
 * and the language Kring mails them in. */
public record Volunteer(UUID id, UUID accountId, Organisation organisation, VolunteerProfile profile, String phone, Locale language, Instant registeredAt) {}
