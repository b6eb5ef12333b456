package nl.kring.mentor.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A youth's own mentor (JIM): the trusted adult a youth nominated from their own network, a person on one of the
 * family's maps. The parents with authority agree (or their refusal is recorded), then the mentor accepts.
 *
 * @param parentsToAgree the parents with parental authority whose agreement the nomination needs; empty once the youth decides alone (16)
 * @param acceptedInPerson the youth recorded the mentor's yes on the mentor's word (a mentor without a Kring account)
 */
public record Mentorship(UUID id, UUID familyId, UUID youthMemberId, UUID mapId, String personId, String mentorName,
        Set<UUID> parentsToAgree, List<ParentAnswer> answers, UUID nominatedBy, Instant nominatedAt, Optional<Instant> acceptedAt,
        boolean acceptedInPerson, Optional<Instant> declinedAt, Optional<Instant> endedAt) {

    public Mentorship {
        parentsToAgree = Set.copyOf(parentsToAgree);
        answers = List.copyOf(answers);
    }

    /** What a parent with authority answered. */
    public record ParentAnswer(UUID memberId, boolean agrees, String reason, Instant answeredAt) {}

    public enum Status {
        /** Nominated by the youth; waiting for the parents with authority. */
        AWAITING_PARENTS,
        /** A parent with authority refused; the refusal is recorded. */
        REFUSED_BY_PARENTS,
        /** The parents agreed (or the youth decides alone); waiting for the mentor's yes. */
        AWAITING_MENTOR,
        /** The mentor accepted: they have the role. */
        ACTIVE,
        /** The mentor said no. */
        DECLINED,
        /** The youth or a parent ended it. */
        ENDED
    }

    public Status status() {
        if (endedAt.isPresent()) {
            return Status.ENDED;
        }
        if (declinedAt.isPresent()) {
            return Status.DECLINED;
        }
        if (answers.stream().anyMatch(a -> !a.agrees())) {
            return Status.REFUSED_BY_PARENTS;
        }
        if (!parentsToAgree.stream().allMatch(this::agreedBy)) {
            return Status.AWAITING_PARENTS;
        }
        return acceptedAt.isPresent() ? Status.ACTIVE : Status.AWAITING_MENTOR;
    }

    public boolean agreedBy(UUID memberId) {
        return answers.stream().anyMatch(a -> a.memberId().equals(memberId) && a.agrees());
    }

    public Optional<ParentAnswer> answerOf(UUID memberId) {
        return answers.stream().filter(a -> a.memberId().equals(memberId)).findFirst();
    }

    /** Whether this nomination still stands: not refused, declined or ended. */
    public boolean standing() {
        return switch (status()) {
            case AWAITING_PARENTS, AWAITING_MENTOR, ACTIVE -> true;
            case REFUSED_BY_PARENTS, DECLINED, ENDED -> false;
        };
    }

    public boolean isPerson(UUID map, String person) {
        return mapId.equals(map) && personId.equals(person);
    }
}
