package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.domain.SharingException.Reason;
import org.junit.jupiter.api.Test;

class SharingExceptionTest {

    final LocalDate start = LocalDate.of(2026, 6, 1);
    final Recipient school = new Recipient.Organisation(UUID.randomUUID(), "Basisschool De Linde");

    SharingException exception(Reason reason, String justification, boolean hidden) {
        return new SharingException(UUID.randomUUID(), UUID.randomUUID(), reason, justification, UUID.randomUUID(),
                Instant.parse("2026-06-01T08:00:00Z"), school, Set.of(Category.CONTACT_DETAILS), start, Optional.empty(), hidden);
    }

    @Test
    void sharingWithoutConsentNeedsAWrittenJustification() {
        assertThatThrownBy(() -> exception(Reason.CHILD_SAFETY, " ", false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("justification");
    }

    @Test
    void onlyAChildSafetyExceptionMayBeHiddenFromTheFamily() {
        assertThat(exception(Reason.CHILD_SAFETY, "Gevaar bij terugkoppeling aan vader", true).isVisibleToFamily()).isFalse();
        assertThatThrownBy(() -> exception(Reason.STATUTORY_MEASURE, "OTS, gegevens naar de GI", true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(exception(Reason.STATUTORY_MEASURE, "OTS, gegevens naar de GI", false).isVisibleToFamily()).isTrue();
    }

    @Test
    void anExceptionIsActiveFromItsStartDayUpToAndIncludingItsEndDay() {
        var e = new SharingException(UUID.randomUUID(), UUID.randomUUID(), Reason.CHILD_SAFETY, "Veiligheid", UUID.randomUUID(),
                Instant.parse("2026-05-20T08:00:00Z"), school, Set.of(Category.NOTES), start, Optional.of(start.plusDays(1)), false);
        assertThat(e.isActiveOn(start.minusDays(1))).isFalse();
        assertThat(e.isActiveOn(start)).isTrue();
        assertThat(e.isActiveOn(start.plusDays(1))).isTrue();
        assertThat(e.isActiveOn(start.plusDays(2))).isFalse();
        assertThat(e.covers(new Recipient.Organisation(school.id(), "De Linde"), Category.NOTES)).isTrue();
        assertThat(e.covers(school, Category.CONTACT_DETAILS)).isFalse();
    }
}
