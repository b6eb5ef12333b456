package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConsentTest {

    final UUID youth = UUID.randomUUID();
    final Recipient grandmother = new Recipient.NetworkMember(UUID.randomUUID(), "Oma");
    final LocalDate start = LocalDate.of(2026, 5, 1);

    Consent consent(Set<Category> categories, String purpose, Optional<LocalDate> end) {
        return Consent.propose(UUID.randomUUID(), youth, grandmother, categories, purpose, start, end);
    }

    @Test
    void aConsentNeedsAPurpose() {
        assertThatThrownBy(() -> consent(Set.of(Category.NOTES), "  ", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("purpose");
    }

    @Test
    void aConsentCoversAtLeastOneCategory() {
        assertThatThrownBy(() -> consent(Set.of(), "oppas", Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConsentCannotEndBeforeItStarts() {
        assertThatThrownBy(() -> consent(Set.of(Category.NOTES), "oppas", Optional.of(start.minusDays(1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(consent(Set.of(Category.NOTES), "één dag", Optional.of(start)).end()).contains(start);
    }

    @Test
    void eachPersonApprovesAtMostOnce() {
        var mother = UUID.randomUUID();
        var twice = List.of(new Approval(mother, Instant.EPOCH), new Approval(mother, Instant.EPOCH.plusSeconds(1)));
        assertThatThrownBy(() -> new Consent(UUID.randomUUID(), youth, grandmother, Set.of(Category.NOTES), "oppas",
                start, Optional.empty(), twice, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aConsentCoversItsOwnRecipientAndCategoriesEvenAfterTheRecipientWasRenamed() {
        var consent = consent(Set.of(Category.NETWORK_MAP, Category.CONTACT_DETAILS), "oppas", Optional.empty());
        var renamed = new Recipient.NetworkMember(grandmother.id(), "Oma Ans");
        assertThat(consent.covers(renamed, Category.NETWORK_MAP)).isTrue();
        assertThat(consent.covers(renamed, Category.NOTES)).isFalse();
        assertThat(consent.covers(new Recipient.NetworkMember(UUID.randomUUID(), "Oma"), Category.NETWORK_MAP)).isFalse();
    }
}
