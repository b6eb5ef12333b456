package nl.kring.family.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** The family file (dossier): the family, its members, the people around it and the professionals assigned. */
public record FamilyFile(
        UUID id,
        String name,
        UUID teamId,
        FamilyStatus status,
        List<FamilyMember> members,
        List<NetworkContact> network,
        Set<UUID> assignedProfessionals,
        boolean demo) {

    public FamilyFile {
        members = List.copyOf(members);
        network = List.copyOf(network);
        assignedProfessionals = Set.copyOf(assignedProfessionals);
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

    /** Ids of the personal records a reader of the whole file sees (for the audit log). */
    public List<String> recordIds() {
        return Stream.concat(members.stream().map(m -> m.id().toString()), network.stream().map(c -> c.id().toString()))
                .toList();
    }
}
