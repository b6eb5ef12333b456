package nl.kring.intake.domain;

import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;

/**
 * Who may see and handle support requests. Deny by default.
 *
 * <ul>
 *   <li>Professionals and coordinators of a team see its intake list and its requests, and answer a
 *       request with a referral.</li>
 *   <li>Only a professional of the team accepts a request into a new family file (opening a file is
 *       theirs).</li>
 *   <li>Anyone else — another team, a family member, an administrator — learns nothing of a request,
 *       not even that it exists (404).</li>
 * </ul>
 */
public final class IntakeAccess {

    private IntakeAccess() {}

    public enum Decision { PERMIT, UNKNOWN, FORBIDDEN, HANDLED }

    /** Whether the person has an intake list at all. */
    public static boolean hasIntakeList(CurrentUser user) {
        return (user.has(Role.PROFESSIONAL) || user.has(Role.COORDINATOR)) && user.teamId().isPresent();
    }

    public static Decision read(CurrentUser user, SupportRequest request) {
        return hasIntakeList(user) && user.teamId().get().equals(request.teamId()) ? Decision.PERMIT : Decision.UNKNOWN;
    }

    public static Decision refer(CurrentUser user, SupportRequest request) {
        var read = read(user, request);
        return read != Decision.PERMIT ? read : request.open() ? Decision.PERMIT : Decision.HANDLED;
    }

    public static Decision accept(CurrentUser user, SupportRequest request) {
        var read = read(user, request);
        if (read != Decision.PERMIT) {
            return read;
        }
        if (!user.has(Role.PROFESSIONAL)) {
            return Decision.FORBIDDEN;
        }
        return request.open() ? Decision.PERMIT : Decision.HANDLED;
    }
}
