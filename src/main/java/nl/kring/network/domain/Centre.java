package nl.kring.network.domain;

import java.time.LocalDate;

/**
 * The person (or household) in the middle of the map.
 *
 * @param birthDate optional; needed to see when the centre turns 18
 * @param age optional age in years when no birth date is known (easyNWK records only an age)
 */
public record Centre(String name, LocalDate birthDate, Integer age, Gender gender, String note) {

    public Centre {
        name = name == null ? "" : name;
        gender = gender == null ? Gender.UNKNOWN : gender;
        note = note == null ? "" : note;
        if (age != null && (age < 0 || age > Age.MAX_YEARS)) {
            throw new IllegalArgumentException("age must be between 0 and " + Age.MAX_YEARS + ": " + age);
        }
    }

    public static Centre named(String name) {
        return new Centre(name, null, null, Gender.UNKNOWN, "");
    }

    public Centre bornOn(LocalDate birthDate) {
        return new Centre(name, birthDate, age, gender, note);
    }
}
