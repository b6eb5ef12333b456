package nl.kring.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.kring.network.domain.SupportType;

/**
 * One agreement of the plan, in the order people say it: who, what, when, how.
 *
 * @param persons who does it: one or more persons from the family's network map
 * @param what the task in the family's words
 * @param task the kind of task, when one of the offered labels fits
 * @param supportType the kind of support it is (shown on the map as that person's support)
 * @param when how often or on which dates, in the family's words
 * @param how anything about the way it is done
 */
public record Agreement(UUID id, List<PersonRef> persons, String what, Optional<TaskLabel> task, SupportType supportType, String when,
        String how, LocalDate start, Optional<LocalDate> end) {

    public Agreement {
        Objects.requireNonNull(id, "id");
        persons = persons == null ? List.of() : List.copyOf(persons);
        what = clean(what);
        task = task == null ? Optional.empty() : task;
        when = clean(when);
        how = clean(how);
        end = end == null ? Optional.empty() : end;
    }

    public boolean names(PersonRef person) {
        return persons.stream().anyMatch(person::samePerson);
    }

    static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
