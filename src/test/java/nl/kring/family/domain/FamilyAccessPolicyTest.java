package nl.kring.family.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import org.junit.jupiter.api.Test;

class FamilyAccessPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID NORTH = UUID.randomUUID();
    static final UUID SOUTH = UUID.randomUUID();

    final FamilyAccessPolicy policy = new FamilyAccessPolicy();

    final CurrentUser assignedProfessional = user(Set.of(Role.PROFESSIONAL), NORTH);
    final CurrentUser colleagueNotAssigned = user(Set.of(Role.PROFESSIONAL), NORTH);
    final CurrentUser parentWithAuthority = user(Set.of(Role.PARENT), null);
    final CurrentUser parentWithoutAuthority = user(Set.of(Role.PARENT), null);
    final CurrentUser youthOfFourteen = user(Set.of(Role.YOUTH), null);
    final CurrentUser youthOfEleven = user(Set.of(Role.YOUTH), null);

    final FamilyFile family = new FamilyFile(UUID.randomUUID(), "Gezin Test", NORTH, FamilyStatus.ACTIVE,
            List.of(
                    member(youthOfFourteen, Relation.YOUTH, TODAY.minusYears(14), false),
                    member(youthOfEleven, Relation.YOUTH, TODAY.minusYears(12).plusDays(1), false),
                    member(parentWithAuthority, Relation.PARENT, TODAY.minusYears(40), true),
                    member(parentWithoutAuthority, Relation.PARENT, TODAY.minusYears(41), false)),
            List.of(), Set.of(assignedProfessional.accountId()), false);

    static CurrentUser user(Set<Role> roles, UUID team) {
        return new CurrentUser(UUID.randomUUID(), "u", "U", roles, Optional.ofNullable(team));
    }

    static FamilyMember member(CurrentUser user, Relation relation, LocalDate born, boolean authority) {
        return new FamilyMember(UUID.randomUUID(), Optional.of(user.accountId()), "G", "F", relation, Optional.of(born), authority);
    }

    AccessDecision decide(CurrentUser user, FamilyAction action) {
        return policy.decide(user, action, family, TODAY);
    }

    @Test
    void anAssignedProfessionalOfTheFamilysTeamSeesTheFile() {
        assertThat(decide(assignedProfessional, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Permit.class);
    }

    @Test
    void aColleagueInTheSameTeamWhoIsNotAssignedLearnsNothing() {
        assertThat(decide(colleagueNotAssigned, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Unknown.class);
    }

    @Test
    void anAssignedProfessionalWhoMovedToAnotherTeamLearnsNothing() {
        var moved = new CurrentUser(assignedProfessional.accountId(), "u", "U", Set.of(Role.PROFESSIONAL), Optional.of(SOUTH));
        assertThat(decide(moved, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Unknown.class);
    }

    @Test
    void anAssignedPersonWhoIsNoLongerAProfessionalLearnsNothing() {
        var volunteer = new CurrentUser(assignedProfessional.accountId(), "u", "U", Set.of(Role.VOLUNTEER), Optional.of(NORTH));
        assertThat(decide(volunteer, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Unknown.class);
    }

    @Test
    void everyFamilyMemberSeesTheirOwnFile() {
        for (var member : List.of(parentWithAuthority, parentWithoutAuthority, youthOfFourteen, youthOfEleven)) {
            assertThat(decide(member, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Permit.class);
        }
    }

    @Test
    void theFamilyAndItsProfessionalContributeToTheFileTogether() {
        for (var member : List.of(parentWithAuthority, youthOfFourteen, assignedProfessional)) {
            assertThat(decide(member, FamilyAction.CONTRIBUTE)).isInstanceOf(AccessDecision.Permit.class);
        }
        assertThat(decide(colleagueNotAssigned, FamilyAction.CONTRIBUTE)).isInstanceOf(AccessDecision.Unknown.class);
    }

    @Test
    void analystsAdministratorsAndStrangersLearnNothing() {
        for (var role : List.of(Role.ANALYST, Role.ADMINISTRATOR, Role.NETWORK_MEMBER, Role.VOLUNTEER, Role.COORDINATOR, Role.PARENT)) {
            assertThat(decide(user(Set.of(role), NORTH), FamilyAction.VIEW_FILE)).as(role.name()).isInstanceOf(AccessDecision.Unknown.class);
            assertThat(decide(user(Set.of(role), NORTH), FamilyAction.VIEW_AUDIT)).as(role.name()).isInstanceOf(AccessDecision.Unknown.class);
            assertThat(decide(user(Set.of(role), NORTH), FamilyAction.CONTRIBUTE)).as(role.name()).isInstanceOf(AccessDecision.Unknown.class);
        }
    }

    @Test
    void onlyTheAdministratorKeepsTheRetentionPeriodOfClosedFiles() {
        assertThat(policy.decideRetention(user(Set.of(Role.ADMINISTRATOR), null))).isInstanceOf(AccessDecision.Permit.class);
        for (var someone : List.of(assignedProfessional, parentWithAuthority, youthOfFourteen, user(Set.of(Role.ANALYST), null),
                user(Set.of(Role.COORDINATOR), null))) {
            assertThat(policy.decideRetention(someone)).as(someone.roleCodes()).isInstanceOf(AccessDecision.Unknown.class);
        }
    }

    @Test
    void aParentWithAuthorityAndAYouthOfTwelveOrMoreSeeWhoLookedAtTheFile() {
        assertThat(decide(parentWithAuthority, FamilyAction.VIEW_AUDIT)).isInstanceOf(AccessDecision.Permit.class);
        assertThat(decide(youthOfFourteen, FamilyAction.VIEW_AUDIT)).isInstanceOf(AccessDecision.Permit.class);
    }

    @Test
    void aYouthTheDayBeforeTheirTwelfthBirthdayAndAParentWithoutAuthorityMayNotSeeTheAudit() {
        assertThat(decide(youthOfEleven, FamilyAction.VIEW_AUDIT)).isInstanceOf(AccessDecision.Forbidden.class);
        assertThat(decide(parentWithoutAuthority, FamilyAction.VIEW_AUDIT)).isInstanceOf(AccessDecision.Forbidden.class);
        assertThat(policy.decide(youthOfEleven, FamilyAction.VIEW_AUDIT, family, TODAY.plusDays(1)))
                .as("on the twelfth birthday").isInstanceOf(AccessDecision.Permit.class);
    }

    @Test
    void theAssignedProfessionalKnowsTheFileButTheFamilysAuditViewIsNotTheirs() {
        assertThat(decide(assignedProfessional, FamilyAction.VIEW_AUDIT)).isInstanceOf(AccessDecision.Forbidden.class);
    }

    @Test
    void aRoleWithoutTheAccountLinkGivesNoAccess() {
        var youthAccountWithParentRoleOnly = new CurrentUser(youthOfFourteen.accountId(), "u", "U", Set.of(Role.PARENT), Optional.empty());
        assertThat(decide(youthAccountWithParentRoleOnly, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Permit.class);
        assertThat(decide(youthAccountWithParentRoleOnly, FamilyAction.VIEW_AUDIT))
                .as("the parent role does not turn a youth's membership into parental authority")
                .isInstanceOf(AccessDecision.Forbidden.class);
    }
}
