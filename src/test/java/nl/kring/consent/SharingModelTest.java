package nl.kring.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.ProtectionMeasure;
import nl.kring.consent.domain.Recipient;
import nl.kring.consent.domain.SharingException;
import nl.kring.consent.store.SharingExceptionStore;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.Relation;
import org.junit.jupiter.api.Test;

/** How the consent module reads the family file's measures and shows an exception's state. */
class SharingModelTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Amsterdam")).toInstant();

    final FamilyMember youth = new FamilyMember(UUID.randomUUID(), Optional.empty(), "Noor", "Test", Relation.YOUTH,
            Optional.of(TODAY.minusYears(14)), false);
    final FamilyMember parent = new FamilyMember(UUID.randomUUID(), Optional.empty(), "Ma", "Test", Relation.PARENT,
            Optional.of(TODAY.minusYears(40)), true);

    @Test
    void everyKindOfMeasureTheFamilyFileRecordsIsOneConsentKnows() {
        for (var kind : ChildProtectionMeasure.Kind.values()) {
            var recorded = new ChildProtectionMeasure(UUID.randomUUID(), youth.id(), kind, TODAY, Optional.empty(), UUID.randomUUID(), NOW);
            assertThat(Sharing.measure(recorded)).isEqualTo(new ProtectionMeasure(ProtectionMeasure.Kind.valueOf(kind.name()), TODAY,
                    Optional.empty()));
            assertThat(kind.messageKey()).isEqualTo(ProtectionMeasure.Kind.valueOf(kind.name()).messageKey());
        }
    }

    @Test
    void theSubjectCarriesTheMeasuresOnThatYouthOnly() {
        var other = new FamilyMember(UUID.randomUUID(), Optional.empty(), "Daan", "Test", Relation.YOUTH, Optional.of(TODAY.minusYears(9)), false);
        var ots = new ChildProtectionMeasure(UUID.randomUUID(), youth.id(), ChildProtectionMeasure.Kind.SUPERVISION_ORDER, TODAY.minusDays(10),
                Optional.empty(), UUID.randomUUID(), NOW);
        var file = new FamilyFile(UUID.randomUUID(), "Gezin Test", UUID.randomUUID(), FamilyStatus.ACTIVE, List.of(youth, other, parent),
                List.of(), Set.of(), false, List.of(ots));
        assertThat(Sharing.subject(file, youth).orElseThrow().measureOn(TODAY)).map(ProtectionMeasure::kind)
                .contains(ProtectionMeasure.Kind.SUPERVISION_ORDER);
        assertThat(Sharing.subject(file, other).orElseThrow().measures()).isEmpty();
    }

    @Test
    void anExceptionIsActiveUntilItIsEndedOrExpires() {
        var file = new FamilyFile(UUID.randomUUID(), "Gezin Test", UUID.randomUUID(), FamilyStatus.ACTIVE, List.of(youth, parent),
                List.of(), Set.of(), false);
        var exception = new SharingException(UUID.randomUUID(), youth.id(), SharingException.Reason.CHILD_SAFETY, "Veiligheid (test)",
                UUID.randomUUID(), NOW.minusSeconds(3600), new Recipient.NetworkMember(UUID.randomUUID(), "Opa"), Set.of(Category.of("NETWORK_MAP")),
                TODAY.minusDays(1), Optional.of(TODAY.plusDays(5)), true);
        assertThat(Sharing.exceptionView(file, new SharingExceptionStore.Stored(exception, Optional.empty(), Optional.empty()), NOW).stateKey())
                .isEqualTo("exceptions.state.ACTIVE");
        var ended = new SharingExceptionStore.Stored(exception, Optional.of(NOW.minusSeconds(60)), Optional.of(UUID.randomUUID()));
        assertThat(Sharing.exceptionView(file, ended, NOW).stateKey()).isEqualTo("exceptions.state.ENDED");
        assertThat(ended.isEndedAt(NOW.minusSeconds(120))).as("not yet ended before that moment").isFalse();
        assertThat(Sharing.exceptionView(file, new SharingExceptionStore.Stored(exception, Optional.empty(), Optional.empty()),
                NOW.plusSeconds(86400 * 10)).stateKey()).isEqualTo("exceptions.state.EXPIRED");
        assertThat(Sharing.exceptionView(file, new SharingExceptionStore.Stored(exception, Optional.empty(), Optional.empty()), NOW)
                .subjectName()).isEqualTo("Noor");
    }
}
