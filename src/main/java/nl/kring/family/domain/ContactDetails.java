package nl.kring.family.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How to reach a family member: phone number, e-mail address and postal address, each optional.
 * {@link #parse} checks what someone typed and says per field what is wrong.
 */
public record ContactDetails(
        Optional<String> phone, Optional<String> email, Optional<String> street, Optional<String> postalCode, Optional<String> city) {

    public static final int MAX_PHONE = 20;
    public static final int MAX_EMAIL = 254;
    public static final int MAX_STREET = 120;
    public static final int MAX_CITY = 80;

    public static final ContactDetails NONE = new ContactDetails(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern POSTAL_CODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public ContactDetails {
        phone = phone.filter(v -> !v.isBlank());
        email = email.filter(v -> !v.isBlank());
        street = street.filter(v -> !v.isBlank());
        postalCode = postalCode.filter(v -> !v.isBlank());
        city = city.filter(v -> !v.isBlank());
    }

    public boolean isEmpty() {
        return phone.isEmpty() && email.isEmpty() && street.isEmpty() && postalCode.isEmpty() && city.isEmpty();
    }

    /** The postal address on one line, e.g. "Voorbeeldstraat 1, 1234 AB Utrecht". */
    public Optional<String> address() {
        var place = String.join(" ", postalCode.orElse(""), city.orElse("")).strip();
        var line = String.join(", ", street.orElse(""), place).strip();
        line = line.startsWith(",") ? line.substring(1).strip() : line;
        line = line.endsWith(",") ? line.substring(0, line.length() - 1).strip() : line;
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }

    /** Contact details checked from typed input, or what is wrong (field → message key). */
    public record Parsed(Optional<ContactDetails> details, Map<String, String> errors) {
        public Parsed {
            errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
        }
    }

    /** Checks typed input: blank means "none"; a postal code is Dutch (1234 AB). */
    public static Parsed parse(String phone, String email, String street, String postalCode, String city) {
        var errors = new LinkedHashMap<String, String>();
        var cleanPhone = clean(phone);
        if (!cleanPhone.isEmpty() && (cleanPhone.length() > MAX_PHONE || !PHONE.matcher(cleanPhone).matches())) {
            errors.put("phone", "contact.error.phone");
        }
        var cleanEmail = clean(email);
        if (!cleanEmail.isEmpty() && (cleanEmail.length() > MAX_EMAIL || !EMAIL.matcher(cleanEmail).matches() || CONTROL.matcher(cleanEmail).find())) {
            errors.put("email", "contact.error.email");
        }
        var cleanStreet = clean(street);
        if (cleanStreet.length() > MAX_STREET || CONTROL.matcher(cleanStreet).find()) {
            errors.put("street", "contact.error.street");
        }
        var cleanPostalCode = clean(postalCode);
        var postal = POSTAL_CODE.matcher(cleanPostalCode);
        if (!cleanPostalCode.isEmpty() && !postal.matches()) {
            errors.put("postalCode", "contact.error.postalCode");
        } else if (!cleanPostalCode.isEmpty()) {
            cleanPostalCode = postal.group(1) + " " + postal.group(2).toUpperCase(Locale.ROOT);
        }
        var cleanCity = clean(city);
        if (cleanCity.length() > MAX_CITY || CONTROL.matcher(cleanCity).find()) {
            errors.put("city", "contact.error.city");
        }
        if (!errors.isEmpty()) {
            return new Parsed(Optional.empty(), errors);
        }
        return new Parsed(Optional.of(new ContactDetails(Optional.of(cleanPhone), Optional.of(cleanEmail), Optional.of(cleanStreet),
                Optional.of(cleanPostalCode), Optional.of(cleanCity))), Map.of());
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
