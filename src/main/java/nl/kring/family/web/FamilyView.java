package nl.kring.family.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;

/** What pages and the API show of a family file. */
public record FamilyView(
        UUID id, String name, String status, boolean demo, List<Member> members, List<Contact> network, List<Professional> professionals) {

    public record Member(UUID id, String givenName, String familyName, String relation, Integer age, boolean parentalAuthority) {}

    public record Contact(UUID id, String name, String roleLabel) {}

    public record Professional(UUID accountId, String displayName) {}

    public static FamilyView of(FamilyFile file, Map<UUID, String> professionalNames, LocalDate today) {
        return new FamilyView(
                file.id(),
                file.name(),
                file.status().name(),
                file.demo(),
                file.members().stream().map(m -> member(m, today)).toList(),
                file.network().stream().map(c -> new Contact(c.id(), c.name(), c.roleLabel())).toList(),
                file.assignedProfessionals().stream()
                        .map(id -> new Professional(id, professionalNames.getOrDefault(id, "")))
                        .sorted(java.util.Comparator.comparing(Professional::displayName))
                        .toList());
    }

    private static Member member(FamilyMember m, LocalDate today) {
        var age = m.ageOn(today);
        return new Member(m.id(), m.givenName(), m.familyName(), m.relation().name(),
                age.isPresent() ? age.getAsInt() : null, m.parentalAuthority());
    }

    /** The list view: no members' details, only what identifies the file. */
    public record Summary(UUID id, String name, String status, boolean demo, int youths) {
        public static Summary of(FamilyFile file) {
            return new Summary(file.id(), file.name(), file.status().name(), file.demo(), file.youths().size());
        }
    }
}
