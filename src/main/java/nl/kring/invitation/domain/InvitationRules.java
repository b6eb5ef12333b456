package nl.kring.invitation.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.Relation;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;

/**
 * Who may invite whom, which role an invitation gives, and which existing account may take one up. Pure
 * rules; the one access check (who may invite at all) is the family's policy.
 */
public final class InvitationRules {

    /** Staff accounts are for work: a professional who is also a grandmother uses a personal account there. */
    public static final Set<Role> WORK_ROLES = EnumSet.of(Role.PROFESSIONAL, Role.COORDINATOR, Role.PRIVACY_OFFICER, Role.ANALYST,
            Role.ADMINISTRATOR);

    public static final int MAX_EMAIL_LENGTH = 254;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private InvitationRules() {}

    /** The role an invitation for this member gives: a youth's or a parent's, in this file only. */
    public static Role roleFor(FamilyMember member) {
        return member.relation() == Relation.YOUTH ? Role.YOUTH : Role.PARENT;
    }

    /**
     * Whether this person, whom the family's policy lets invite, may invite this kind of invitee: the
     * assigned professionals and a parent with parental authority invite anyone of the file; a youth (from
     * 12) invites only people around them, not their parents or siblings.
     */
    public static Optional<String> refuseInviter(CurrentUser inviter, FamilyFile file, Invitee invitee) {
        boolean assigned = file.assignedProfessionals().contains(inviter.accountId()) && inviter.has(Role.PROFESSIONAL);
        boolean parentWithAuthority = inviter.has(Role.PARENT) && file.membersWithAccount(inviter.accountId())
                .anyMatch(m -> m.relation() == Relation.PARENT && m.parentalAuthority());
        if (assigned || parentWithAuthority || invitee instanceof Invitee.NetworkInvitee) {
            return Optional.empty();
        }
        return Optional.of("invitation.error.youthInvitesNetworkOnly");
    }

    /** A message key when the address is not one mail can be sent to. */
    public static Optional<String> checkEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.of("invitation.error.emailMissing");
        }
        var address = email.strip();
        if (address.length() > MAX_EMAIL_LENGTH || !EMAIL.matcher(address).matches()) {
            return Optional.of("invitation.error.email");
        }
        return Optional.empty();
    }

    /**
     * Why a signed-in account may not take up this invitation, if it may not: a work account, or an account
     * that already is someone else in the same file (a mother who opens the link she forwarded to the
     * grandmother would otherwise become the grandmother).
     */
    public static Optional<String> refuseAccount(CurrentUser account, FamilyFile file) {
        if (account.roles().stream().anyMatch(WORK_ROLES::contains)) {
            return Optional.of("invitation.error.workAccount");
        }
        boolean inFile = file.membersWithAccount(account.accountId()).findAny().isPresent()
                || file.network().stream().anyMatch(c -> c.accountId().map(account.accountId()::equals).orElse(false));
        return inFile ? Optional.of("invitation.error.alreadyInFile") : Optional.empty();
    }
}
