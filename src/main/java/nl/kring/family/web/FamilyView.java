package nl.kring.family.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;

/**
 * What pages and the API show of a family file.
 *
 * @param measures the child-protection measures on the family's youths, past and present; while one
 *        runs ({@code running}) the file is marked as under child protection
 */
public record FamilyView(
        UUID id, String name, String status, boolean demo, List<Member> members, List<Contact> network, List<Professional> professionals,
        List<Measure> measures) {

    public record Member(UUID id, String givenName, String familyName, String relation, Integer age, boolean parentalAuthority) {}

    public record Contact(UUID id, String name, String roleLabel) {}

    public record Professional(UUID accountId, String displayName) {}

    /**
     * A child-protection measure on one youth.
     *
     * @param kind SUPERVISION_ORDER, GUARDIANSHIP, CLOSED_YOUTH_CARE or YOUTH_PROBATION
     * @param end the last day, or null while it has no end
     * @param running whether it runs today
     */
    public record Measure(UUID id, UUID youthId, String youthName, String kind, LocalDate start, LocalDate end, boolean running) {

        static Measure of(ChildProtectionMeasure measure, FamilyFile file, LocalDate today) {
            var youth = file.members().stream().filter(m -> m.id().equals(measure.youthId())).map(FamilyMember::givenName)
                    .findFirst().orElse("");
            return new Measure(measure.id(), measure.youthId(), youth, measure.kind().name(), measure.start(), measure.end().orElse(null),
                    measure.runsOn(today));
        }

        public String messageKey() {
            return "consent.measure." + kind;
        }
    }

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
                        .toList(),
                measures(file, today));
    }

    /** The measures running today, for the mark on the file. */
    public List<Measure> runningMeasures() {
        return measures.stream().filter(Measure::running).toList();
    }

    static List<Measure> measures(FamilyFile file, LocalDate today) {
        return file.measures().stream().map(m -> Measure.of(m, file, today)).toList();
    }

    private static Member member(FamilyMember m, LocalDate today) {
        var age = m.ageOn(today);
        return new Member(m.id(), m.givenName(), m.familyName(), m.relation().name(),
                age.isPresent() ? age.getAsInt() : null, m.parentalAuthority());
    }

    /**
     * The list view: no members' details, only what identifies the file, and whether a child-protection
     * measure runs today (the mark everyone who sees the file is shown).
     */
    public record Summary(UUID id, String name, String status, boolean demo, int youths, List<Measure> runningMeasures) {
        public static Summary of(FamilyFile file, LocalDate today) {
            return new Summary(file.id(), file.name(), file.status().name(), file.demo(), file.youths().size(),
                    measures(file, today).stream().filter(Measure::running).toList());
        }
    }
}
