package nl.kring.family.domain;

import java.time.LocalDate;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;

/**
 * The one place that decides who may do what with a family file. Deny by default.
 *
 * <ul>
 *   <li>A professional sees the files of their own team that they are assigned to.</li>
 *   <li>A youth, and each parent with parental authority, sees their own family's file. A parent
 *       without authority does not (refused: they know the file exists), unless the family shares
 *       with them as with anyone around it.</li>
 *   <li>Both contribute to it (e.g. draw the network map together); the family is in charge.</li>
 *   <li>"Who looked at our file": parents with parental authority and youths from 12 (the age at
 *       which a youth holds the file rights).</li>
 *   <li>Child-protection measures and sharing without consent (exceptions) are recorded by the
 *       assigned professionals only; the family knows the file, so it is refused, not kept unknown.</li>
 *   <li>Keeping the file up to date (members, authority, care situations, hand-over, closing) is for
 *       the assigned professionals; a file nobody of its team holds may be taken up by any professional
 *       of that team.</li>
 *   <li>Inviting people to sign in to the file: the assigned professionals and the holders of the file
 *       rights (a parent with authority, a youth from 12).</li>
 *   <li>What is hidden from the family for a child's safety is reviewed by the privacy officer of the
 *       file's team, who sees nothing else of the file.</li>
 *   <li>Everyone else — network members until the family shares, volunteers, coordinators, analysts,
 *       administrators — learns nothing, not even that the file exists.</li>
 *   <li>The one exception, for the retention period: an administrator learns that a <em>closed</em> file
 *       exists, as a {@link ClosedFile} (id, team, closing day, demo mark), and destroys it once it is
 *       due. Still no name, nothing else in the file.</li>
 * </ul>
 */
public final class FamilyAccessPolicy {

    /** From this age a youth holds the rights to their own file (WGBO/Jeugdwet practice). */
    public static final int FILE_RIGHTS_AGE = 12;

    public AccessDecision decide(CurrentUser user, FamilyAction action, FamilyFile file, LocalDate today) {
        boolean assignedProfessional = user.has(Role.PROFESSIONAL)
                && user.teamId().map(file.teamId()::equals).orElse(false)
                && file.assignedProfessionals().contains(user.accountId());
        // a parent without parental authority has no right of their own to the file: the family may
        // share with them as with anyone around it (they know the file exists, so refused, not unknown)
        boolean parentWithoutAuthority = user.has(Role.PARENT) && file.membersWithAccount(user.accountId())
                .anyMatch(m -> m.relation() == Relation.PARENT && !m.parentalAuthority());
        boolean familyMember = file.membersWithAccount(user.accountId()).anyMatch(member -> switch (member.relation()) {
            case YOUTH -> user.has(Role.YOUTH);
            case PARENT -> user.has(Role.PARENT) && member.parentalAuthority();
        });
        boolean privacyOfficerOfTeam = user.has(Role.PRIVACY_OFFICER)
                && user.teamId().map(file.teamId()::equals).orElse(false);
        return switch (action) {
            case VIEW_FILE, CONTRIBUTE -> assignedProfessional || familyMember ? AccessDecision.PERMIT
                    : parentWithoutAuthority ? AccessDecision.FORBIDDEN : AccessDecision.UNKNOWN;
            case DECIDE_DESTRUCTION, RECORD_MEASURE, RECORD_EXCEPTION, MANAGE_FILE -> assignedProfessional ? AccessDecision.PERMIT
                    : familyMember || parentWithoutAuthority ? AccessDecision.FORBIDDEN : AccessDecision.UNKNOWN;
            case VIEW_AUDIT, EXERCISE_FILE_RIGHTS -> {
                if (!familyMember) {
                    yield assignedProfessional || parentWithoutAuthority ? AccessDecision.FORBIDDEN : AccessDecision.UNKNOWN;
                }
                yield holdsFileRights(user, file, today) ? AccessDecision.PERMIT : AccessDecision.FORBIDDEN;
            }
            case INVITE -> {
                if (assignedProfessional || familyMember && holdsFileRights(user, file, today)) {
                    yield AccessDecision.PERMIT;
                }
                yield familyMember || parentWithoutAuthority ? AccessDecision.FORBIDDEN : AccessDecision.UNKNOWN;
            }
            case REVIEW_HIDDEN -> privacyOfficerOfTeam ? AccessDecision.PERMIT : AccessDecision.UNKNOWN;
            case TAKE_UP -> user.has(Role.PROFESSIONAL) && user.teamId().map(file.teamId()::equals).orElse(false)
                    ? AccessDecision.PERMIT : familyMember || parentWithoutAuthority ? AccessDecision.FORBIDDEN : AccessDecision.UNKNOWN;
        };
    }

    /**
     * Keeping the retention period of closed files (see {@link ClosedFile}): administrators only. Anyone
     * else learns nothing this way; the people of a file still reach it through {@link #decide}.
     */
    public AccessDecision decideRetention(CurrentUser user) {
        return user.has(Role.ADMINISTRATOR) ? AccessDecision.PERMIT : AccessDecision.UNKNOWN;
    }

    /**
     * Reading one category of the file (e.g. the network map): whoever may read the whole file, and
     * anyone outside the family and its team to whom the family discloses exactly that category now
     * ({@code shared}, decided by the consent rules). Anyone else learns nothing, not even that the
     * file exists.
     */
    public AccessDecision decideShared(CurrentUser user, FamilyFile file, LocalDate today, SharedCategories shared, String category) {
        var whole = decide(user, FamilyAction.VIEW_FILE, file, today);
        if (whole instanceof AccessDecision.Permit || shared.contains(category)) {
            return AccessDecision.PERMIT;
        }
        return whole;
    }

    /**
     * Doing something in the file on the family's behalf because the family asked this person to, through a
     * category it shares with them (a coordinator it asked to run its network meeting): whoever may
     * contribute, and anyone the family shares exactly that category with now on its own consent. A share
     * that rests only on an exception for a child's safety discloses; it never lets anyone act.
     */
    public AccessDecision decideSharedChange(CurrentUser user, FamilyFile file, LocalDate today, SharedCategories shared, String category) {
        var contribute = decide(user, FamilyAction.CONTRIBUTE, file, today);
        if (contribute instanceof AccessDecision.Permit
                || shared.contains(category) && !shared.hiddenFromFamily().contains(category)) {
            return AccessDecision.PERMIT;
        }
        return contribute;
    }

    /**
     * Opening what a family shares with someone: whoever may read the whole file, and anyone to whom
     * the family discloses at least one category now. Anyone else learns nothing.
     */
    public AccessDecision decideAnyShared(CurrentUser user, FamilyFile file, LocalDate today, SharedCategories shared) {
        var whole = decide(user, FamilyAction.VIEW_FILE, file, today);
        if (whole instanceof AccessDecision.Permit || !shared.isEmpty()) {
            return AccessDecision.PERMIT;
        }
        return whole;
    }

    /**
     * Whether a permitted read of one category must be left out of the family's audit view: when the
     * reader cannot read the whole file and the category is disclosed to them only on a basis hidden
     * from the family (an exception for a child's safety).
     */
    public boolean isReadHiddenFromFamily(CurrentUser user, FamilyFile file, LocalDate today, SharedCategories shared, String category) {
        return !(decide(user, FamilyAction.VIEW_FILE, file, today) instanceof AccessDecision.Permit)
                && shared.hiddenFromFamily().contains(category);
    }

    /**
     * Whether the line "saw what the family shares" must be left out of the family's audit view: when
     * everything shared with this person rests on a basis hidden from the family.
     */
    public boolean isListingHiddenFromFamily(SharedCategories shared) {
        return !shared.isEmpty() && shared.hiddenFromFamily().containsAll(shared.categories());
    }

    private static boolean holdsFileRights(CurrentUser user, FamilyFile file, LocalDate today) {
        return file.membersWithAccount(user.accountId()).anyMatch(member -> switch (member.relation()) {
            case PARENT -> member.parentalAuthority() && user.has(Role.PARENT);
            case YOUTH -> user.has(Role.YOUTH) && member.ageOn(today).orElse(0) >= FILE_RIGHTS_AGE;
        });
    }
}
