package nl.kring.family.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.family.FamilySharing;
import nl.kring.family.domain.ChildProtectionMeasure;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;

/**
 * What pages and the API show of a family file.
 *
 * @param measures the child-protection measures on the family's youths, past and present; while one
 *        runs ({@code running}) the file is marked as under child protection
 * @param awaitingAnswer the file is flagged while consents wait for a youth who turned 12 or 16
 */
public record FamilyView(
        UUID id, String name, String status, boolean demo, List<Member> members, List<Contact> network, List<Professional> professionals,
        List<Measure> measures, List<AwaitedAnswer> awaitingAnswer) {

    /**
     * The file is flagged: consents wait for this member's answer since the youth turned 12 or 16.
     *
     * @param reason {@code YOUTH_TURNED_12} or {@code YOUTH_TURNED_16}
     */
    public record AwaitedAnswer(UUID memberId, String givenName, String reason, LocalDate since, int consents) {}

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

    public static FamilyView of(FamilyFile file, Map<UUID, String> professionalNames, LocalDate today,
            List<FamilySharing.AwaitedAnswer> awaited) {
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
                measures(file, today),
                awaitingAnswer(file, awaited));
    }

    private static List<AwaitedAnswer> awaitingAnswer(FamilyFile file, List<FamilySharing.AwaitedAnswer> awaited) {
        var grouped = new java.util.LinkedHashMap<List<Object>, List<FamilySharing.AwaitedAnswer>>();
        awaited.forEach(a -> grouped.computeIfAbsent(List.of(a.memberId(), a.reason(), a.since()), k -> new java.util.ArrayList<>()).add(a));
        return grouped.values().stream().map(group -> {
            var first = group.getFirst();
            var name = file.members().stream().filter(m -> m.id().equals(first.memberId())).map(FamilyMember::givenName).findFirst().orElse("");
            return new AwaitedAnswer(first.memberId(), name, first.reason(), first.since(), group.size());
        }).toList();
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
    public record Summary(UUID id, String name, String status, boolean demo, int youths, List<Measure> runningMeasures,
            boolean awaitingAnswer) {
        public static Summary of(FamilyFile file, LocalDate today) {
            return of(file, today, List.of());
        }

        /** With the file's flag: consents wait for a youth's answer since they turned 12 or 16. */
        public static Summary of(FamilyFile file, LocalDate today, List<FamilySharing.AwaitedAnswer> awaited) {
            return new Summary(file.id(), file.name(), file.status().name(), file.demo(), file.youths().size(),
                    measures(file, today).stream().filter(Measure::running).toList(), !awaited.isEmpty());
        }
    }
}
