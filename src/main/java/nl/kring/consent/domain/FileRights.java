package nl.kring.consent.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who may ask for access and a copy, correction or destruction of the file about a youth: every
 * parent with parental authority (each in their own right), and the youth from 12
 * ({@link ConsentAgeRules#youthJoinsAt()}). A parent without parental authority has no right of their
 * own to the file. The same holders apply to every {@link FileRight}.
 */
public record FileRights(ConsentAgeRules rules) {

    /** With the Dutch age rules. */
    public static final FileRights DEFAULT = new FileRights(ConsentAgeRules.DEFAULTS);

    public FileRights {
        Objects.requireNonNull(rules, "rules");
    }

    /** The member ids who hold the file rights about this youth on this day. */
    public Set<UUID> holdersOn(Subject subject, LocalDate day) {
        var holders = new LinkedHashSet<>(subject.parentsWithAuthority());
        if (subject.ageOn(day) >= rules.youthJoinsAt()) {
            holders.add(subject.youthId());
        }
        return Set.copyOf(holders);
    }

    /** Whether this member may make this request about this youth on this day. */
    public boolean mayRequest(UUID memberId, FileRight right, Subject subject, LocalDate day) {
        return switch (right) {
            case ACCESS_AND_EXPORT, CORRECTION, DESTRUCTION -> holdersOn(subject, day).contains(memberId);
        };
    }

    /**
     * A destruction request by this member, received on this day.
     *
     * @throws IllegalArgumentException when the member does not hold the file rights about this youth
     */
    public DestructionRequest requestDestruction(UUID memberId, Subject subject, LocalDate receivedOn) {
        if (!mayRequest(memberId, FileRight.DESTRUCTION, subject, receivedOn)) {
            throw new IllegalArgumentException("member " + memberId + " holds no file rights about youth " + subject.youthId());
        }
        return new DestructionRequest(subject.youthId(), memberId, receivedOn);
    }
}
