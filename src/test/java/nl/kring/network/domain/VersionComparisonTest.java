package nl.kring.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VersionComparisonTest {

    static MapVersion version(int number, MapPerson... persons) {
        return new MapVersion(Centre.named("Noor"), List.of(persons), List.of(), number, "", null);
    }

    @Test
    void aSecondVersionShowsWhoCameWhoLeftWhoMovedAndWhatSupportChanged() {
        var grandmother = MapPerson.builder("oma", "Oma").at(45, 50).support(SupportType.EMOTIONAL, SupportDirection.GIVES_TO_CENTRE).build();
        var neighbour = MapPerson.builder("buur", "Buurvrouw").at(120, 20).build();
        var teacher = MapPerson.builder("juf", "Juf").at(-120, 40).support(SupportType.INFORMATIONAL, SupportDirection.GIVES_TO_CENTRE).build();
        var coach = MapPerson.builder("coach", "Coach").at(-150, 60).support(SupportType.COMPANIONSHIP, SupportDirection.MUTUAL).build();

        var first = version(1, grandmother, neighbour, teacher);
        var second = version(2,
                grandmother.toBuilder().at(45, 15).support(SupportType.PRACTICAL, SupportDirection.MUTUAL).build(),
                neighbour.toBuilder().at(120, 80).build(),
                coach);

        var changes = VersionComparison.between(first, second);
        assertThat(changes.added()).containsExactly("coach");
        assertThat(changes.removed()).containsExactly("juf");
        assertThat(changes.closer()).extracting(VersionComparison.Move::personId).containsExactly("oma");
        assertThat(changes.further()).extracting(VersionComparison.Move::personId).containsExactly("buur");
        assertThat(changes.supportChanges()).containsExactlyInAnyOrder(
                new VersionComparison.SupportChange("oma", Set.of(SupportType.PRACTICAL), Set.of()),
                new VersionComparison.SupportChange("coach", Set.of(SupportType.COMPANIONSHIP), Set.of()),
                new VersionComparison.SupportChange("juf", Set.of(), Set.of(SupportType.INFORMATIONAL)));
        assertThat(changes.unchanged()).isFalse();
    }

    @Test
    void aNudgeIsNotAMove() {
        var before = MapPerson.builder("oma", "Oma").at(45, 50).build();
        var changes = VersionComparison.between(version(1, before), version(2, before.toBuilder().at(47, 51).build()));
        assertThat(changes.unchanged()).isTrue();
    }
}
