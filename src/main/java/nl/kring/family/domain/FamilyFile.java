package nl.kring.family.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The family file (dossier): the family, its members, the people around it, the professionals assigned
 * and the child-protection measures on its youths.
 */
public record FamilyFile(
        UUID id,
        String name,
        UUID teamId,
        FamilyStatus status,
        List<FamilyMember> members,
        List<NetworkContact> network,
        Set<UUID> assignedProfessionals,
        boolean demo,
        List<ChildProtectionMeasure> measures) {

    public FamilyFile {
        members = List.copyOf(members);
        network = List.copyOf(network);
        assignedProfessionals = Set.copyOf(assignedProfessionals);
        measures = List.copyOf(measures);
    }

    /** A file without child-protection measures. */
    public FamilyFile(UUID id, String name, UUID teamId, FamilyStatus status, List<FamilyMember> members, List<NetworkContact> network,
            Set<UUID> assignedProfessionals, boolean demo) {
        this(id, name, teamId, status, members, network, assignedProfessionals, demo, List.of());
    }

    public Stream<FamilyMember> membersWithAccount(UUID accountId) {
        return members.stream().filter(m -> m.isAccount(accountId));
    }

    public List<FamilyMember> youths() {
        return members.stream().filter(m -> m.relation() == Relation.YOUTH).toList();
    }

    public List<FamilyMember> parents() {
        return members.stream().filter(m -> m.relation() == Relation.PARENT).toList();
    }

    /** The measures running on this day: while any runs, the file is marked as under child protection. */
    public List<ChildProtectionMeasure> measuresRunningOn(LocalDate day) {
        return measures.stream().filter(m -> m.runsOn(day)).toList();
    }

    /** Ids of the personal records a reader of the whole file sees (for the audit log). */
    public List<String> recordIds() {
        return Stream.of(members.stream().map(m -> m.id().toString()), network.stream().map(c -> c.id().toString()),
                        measures.stream().map(m -> m.id().toString()))
                .flatMap(s -> s)
                .toList();
    }
}
