package nl.kring.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecipientTest {

    final UUID id = UUID.randomUUID();

    @Test
    void aRenamedRecipientIsStillTheSameRecipient() {
        assertThat(new Recipient.NetworkMember(id, "Oma").sameAs(new Recipient.NetworkMember(id, "Oma Ans"))).isTrue();
    }

    @Test
    void aVolunteerIsNotTheNetworkMemberWhoHappensToShareTheId() {
        assertThat(new Recipient.Volunteer(id, "Sam").sameAs(new Recipient.NetworkMember(id, "Sam"))).isFalse();
        assertThat(new Recipient.Organisation(id, "Voetbalclub").sameAs(new Recipient.ExternalProfessional(id, "Trainer"))).isFalse();
        assertThat(new Recipient.Organisation(id, "Voetbalclub").sameAs(null)).isFalse();
    }

    @Test
    void aRecipientNeedsALabelTheFamilyRecognises() {
        assertThatThrownBy(() -> new Recipient.Organisation(id, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
