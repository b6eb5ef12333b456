package nl.kring.consent.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who must consent, by the age of the youth the consent is about.
 *
 * <ul>
 *   <li>Under {@code youthJoinsAt} (12): every parent with parental authority.</li>
 *   <li>From {@code youthJoinsAt} up to {@code youthAloneFrom} (12 to 15): the youth <em>and</em>
 *       every parent with parental authority.</li>
 *   <li>From {@code youthAloneFrom} (16): the youth alone.</li>
 * </ul>
 *
 * A parent without parental authority never consents. The thresholds are configuration; Dutch
 * practice (WGBO, Jeugdwet) is {@link #DEFAULTS}. The youth's age also decides from when the youth
 * holds the file rights ({@link FileRights}): from {@code youthJoinsAt}.
 *
 * @param youthJoinsAt the age from which the youth's own approval is needed as well
 * @param youthAloneFrom the age from which the youth alone decides
 */
public record ConsentAgeRules(int youthJoinsAt, int youthAloneFrom) {

    /** 12 and 16: Dutch youth-care practice. */
    public static final ConsentAgeRules DEFAULTS = new ConsentAgeRules(12, 16);

    public ConsentAgeRules {
        if (youthJoinsAt < 1 || youthJoinsAt > youthAloneFrom || youthAloneFrom > 18) {
            throw new IllegalArgumentException(
                    "consent ages must satisfy 1 <= youthJoinsAt <= youthAloneFrom <= 18, got %d and %d"
                            .formatted(youthJoinsAt, youthAloneFrom));
        }
    }

    /** Who decides for a youth of this age. */
    public WhoDecides whoDecidesAt(int age) {
        if (age >= youthAloneFrom) {
            return WhoDecides.YOUTH;
        }
        return age >= youthJoinsAt ? WhoDecides.YOUTH_AND_PARENTS : WhoDecides.PARENTS;
    }

    /** Who decides for this youth on this day. */
    public WhoDecides whoDecidesOn(Subject subject, LocalDate day) {
        return whoDecidesAt(subject.ageOn(day));
    }

    /**
     * The member ids whose approval a consent about this youth needs on this day: the youth from
     * {@code youthJoinsAt}, and every parent with parental authority until {@code youthAloneFrom}.
     * Under 16 without any parent with authority the set holds no parent, and no consent about the
     * youth can take effect ({@link PendingReason#NO_PARENT_WITH_AUTHORITY}).
     */
    public Set<UUID> requiredApprovers(Subject subject, LocalDate day) {
        var required = new LinkedHashSet<UUID>();
        switch (whoDecidesOn(subject, day)) {
            case PARENTS -> required.addAll(subject.parentsWithAuthority());
            case YOUTH_AND_PARENTS -> {
                required.add(subject.youthId());
                required.addAll(subject.parentsWithAuthority());
            }
            case YOUTH -> required.add(subject.youthId());
        }
        return Set.copyOf(required);
    }

    /** Whether parents with authority must take part on this day (that is: the youth is not yet 16). */
    boolean parentsDecideOn(Subject subject, LocalDate day) {
        return switch (whoDecidesOn(subject, day)) {
            case PARENTS, YOUTH_AND_PARENTS -> true;
            case YOUTH -> false;
        };
    }
}
