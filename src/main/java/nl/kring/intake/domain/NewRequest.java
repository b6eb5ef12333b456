package nl.kring.intake.domain;

import java.util.Optional;

/** A checked support request: a question, a Dutch postcode, at least one way to reach the person, a language. */
public record NewRequest(String question, Postcode postcode, Optional<String> email, Optional<String> phone, String language,
        Optional<String> addressedAs) {

    public NewRequest {
        if (question == null || question.isBlank() || email.isEmpty() && phone.isEmpty()) {
            throw new IllegalArgumentException("a request needs a question and a way to reach the person");
        }
    }
}
