package nl.kring.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sharing without consent, recorded by a professional: only where a child's safety requires it, or
 * where a statutory measure is the basis. The professional weighs this (consulting Veilig Thuis where
 * it concerns safety) and writes down why; the justification is required.
 *
 * <p>Normally the family can see the exception. Only for {@link Reason#CHILD_SAFETY}, when showing it
 * would endanger the child, may it be hidden from the family.
 *
 * <p>An exception counts from the moment it was recorded, on the days from {@code start} up to and
 * including {@code end}. Checking that the recorder is a professional of the family's team is the
 * caller's job.
 *
 * @param subjectId the family-member id of the youth it is about
 * @param recordedBy the account id of the professional who recorded it
 * @param end the last day, if any
 * @param hiddenFromFamily whether the family is not shown this exception (child safety only)
 */
public record SharingException(
        UUID id,
        UUID subjectId,
        Reason reason,
        String justification,
        UUID recordedBy,
        Instant recordedAt,
        Recipient recipient,
        Set<Category> categories,
        LocalDate start,
        Optional<LocalDate> end,
        boolean hiddenFromFamily) {

    /** Why sharing goes ahead without consent. */
    public enum Reason {
        /** The child's safety requires it. */
        CHILD_SAFETY,
        /** A child-protection measure, closed youth care or youth probation is the basis. */
        STATUTORY_MEASURE;

        public String messageKey() {
            return "consent.exception." + name();
        }
    }

    public SharingException {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        categories = Set.copyOf(categories);
        if (justification.isBlank()) {
            throw new IllegalArgumentException("sharing without consent needs a written justification");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("an exception covers at least one category");
        }
        if (end.filter(start::isAfter).isPresent()) {
            throw new IllegalArgumentException("an exception cannot end before it starts");
        }
        if (hiddenFromFamily && reason != Reason.CHILD_SAFETY) {
            throw new IllegalArgumentException("only an exception for child safety may be hidden from the family");
        }
    }

    /** Whether this exception is about showing this category to this recipient. */
    public boolean covers(Recipient someone, Category category) {
        return recipient.sameAs(someone) && categories.contains(category);
    }

    /** Whether it has been recorded by this moment and this moment's day lies within [start, end]. */
    public boolean isActiveAt(Instant moment) {
        var day = DutchTime.dateOf(moment);
        return !recordedAt.isAfter(moment) && !day.isBefore(start) && end.filter(day::isAfter).isEmpty();
    }

    /** Whether it is active at the end of this day. */
    public boolean isActiveOn(LocalDate day) {
        return isActiveAt(DutchTime.endOf(day));
    }

    public boolean isVisibleToFamily() {
        return !hiddenFromFamily;
    }
}
