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
    void theYouthsAndEachParentWithAuthoritySeeTheirOwnFile() {
        for (var member : List.of(parentWithAuthority, youthOfFourteen, youthOfEleven)) {
            assertThat(decide(member, FamilyAction.VIEW_FILE)).isInstanceOf(AccessDecision.Permit.class);
        }
    }

    @Test
    void aParentWithoutAuthoritySeesOnlyWhatTheFamilySharesWithThem() {
        assertThat(decide(parentWithoutAuthority, FamilyAction.VIEW_FILE)).as("known, so refused").isInstanceOf(AccessDecision.Forbidden.class);
        assertThat(decide(parentWithoutAuthority, FamilyAction.CONTRIBUTE)).isInstanceOf(AccessDecision.Forbidden.class);
        assertThat(policy.decideShared(parentWithoutAuthority, family, TODAY, SharedCategories.NONE, "NETWORK_MAP"))
                .isInstanceOf(AccessDecision.Forbidden.class);
        var mapShared = new SharedCategories(Set.of("NETWORK_MAP"), Set.of());
        assertThat(policy.decideShared(parentWithoutAuthority, family, TODAY, mapShared, "NETWORK_MAP"))
                .isInstanceOf(AccessDecision.Permit.class);
        assertThat(policy.decideShared(parentWithoutAuthority, family, TODAY, mapShared, "NOTES"))
                .isInstanceOf(AccessDecision.Forbidden.class);
        assertThat(policy.decideAnyShared(parentWithoutAuthority, family, TODAY, mapShared)).isInstanceOf(AccessDecision.Permit.class);
    }

    @Test
    void someoneTheFamilyAsksActsOnlyThroughThatCategoryAndNeverOnAnException() {
        var coordinator = user(Set.of(Role.VOLUNTEER), null);
        var asked = new SharedCategories(Set.of("PLAN_MEETING"), Set.of());
        assertThat(policy.decideSharedChange(coordinator, family, TODAY, asked, "PLAN_MEETING")).isInstanceOf(AccessDecision.Permit.class);
        assertThat(policy.decideSharedChange(coordinator, family, TODAY, asked, "NETWORK_MAP")).isInstanceOf(AccessDecision.Unknown.class);
        assertThat(policy.decideSharedChange(coordinator, family, TODAY, SharedCategories.NONE, "PLAN_MEETING"))
                .isInstanceOf(AccessDecision.Unknown.class);
        // disclosed for a child's safety without the family's consent: it may read, never act
        var onAnException = new SharedCategories(Set.of("PLAN_MEETING"), Set.of("PLAN_MEETING"));
        assertThat(policy.decideShared(coordinator, family, TODAY, onAnException, "PLAN_MEETING")).isInstanceOf(AccessDecision.Permit.class);
        assertThat(policy.decideSharedChange(coordinator, family, TODAY, onAnException, "PLAN_MEETING"))
                .isInstanceOf(AccessDecision.Unknown.class);
        // the family and its professional act as they contribute
        assertThat(policy.decideSharedChange(assignedProfessional, family, TODAY, SharedCategories.NONE, "PLAN_MEETING"))
                .isInstanceOf(AccessDecision.Permit.class);
        assertThat(policy.decideSharedChange(parentWithoutAuthority, family, TODAY, SharedCategories.NONE, "PLAN_MEETING"))
                .isInstanceOf(AccessDecision.Forbidden.class);
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
        assertThat(decide(youthAccountWithParentRoleOnly, FamilyAction.VIEW_FILE))
                .as("the parent role does not turn a youth's membership into a parent's").isInstanceOf(AccessDecision.Unknown.class);
        assertThat(decide(youthAccountWithParentRoleOnly, FamilyAction.VIEW_AUDIT)).isInstanceOf(AccessDecision.Unknown.class);
    }

    final CurrentUser privacyOfficer = user(Set.of(Role.PRIVACY_OFFICER), NORTH);
    final CurrentUser privacyOfficerOfOtherTeam = user(Set.of(Role.PRIVACY_OFFICER), SOUTH);

    @Test
    void onlyAnAssignedProfessionalRecordsMeasuresAndExceptions() {
        for (var action : List.of(FamilyAction.RECORD_MEASURE, FamilyAction.RECORD_EXCEPTION)) {
            assertThat(decide(assignedProfessional, action)).as(action.name()).isInstanceOf(AccessDecision.Permit.class);
            assertThat(decide(parentWithAuthority, action)).as("the family knows the file: refused").isInstanceOf(AccessDecision.Forbidden.class);
            assertThat(decide(youthOfFourteen, action)).isInstanceOf(AccessDecision.Forbidden.class);
            assertThat(decide(colleagueNotAssigned, action)).isInstanceOf(AccessDecision.Unknown.class);
            assertThat(decide(privacyOfficer, action)).isInstanceOf(AccessDecision.Unknown.class);
            assertThat(decide(user(Set.of(Role.NETWORK_MEMBER), null), action)).isInstanceOf(AccessDecision.Unknown.class);
        }
    }

    @Test
    void onlyThePrivacyOfficerOfTheFilesTeamReviewsWhatIsHiddenAndSeesNothingElse() {
        assertThat(decide(privacyOfficer, FamilyAction.REVIEW_HIDDEN)).isInstanceOf(AccessDecision.Permit.class);
        assertThat(decide(privacyOfficerOfOtherTeam, FamilyAction.REVIEW_HIDDEN)).isInstanceOf(AccessDecision.Unknown.class);
        assertThat(decide(user(Set.of(Role.PRIVACY_OFFICER), null), FamilyAction.REVIEW_HIDDEN)).isInstanceOf(AccessDecision.Unknown.class);
        for (var other : List.of(assignedProfessional, colleagueNotAssigned, parentWithAuthority, youthOfFourteen,
                user(Set.of(Role.ADMINISTRATOR), NORTH))) {
            assertThat(decide(other, FamilyAction.REVIEW_HIDDEN)).isInstanceOf(AccessDecision.Unknown.class);
        }
        for (var action : List.of(FamilyAction.VIEW_FILE, FamilyAction.CONTRIBUTE, FamilyAction.VIEW_AUDIT, FamilyAction.EXERCISE_FILE_RIGHTS,
                FamilyAction.DECIDE_DESTRUCTION, FamilyAction.RECORD_MEASURE, FamilyAction.RECORD_EXCEPTION)) {
            assertThat(decide(privacyOfficer, action)).as(action.name()).isInstanceOf(AccessDecision.Unknown.class);
        }
    }

    @Test
    void aReadThroughAHiddenCategoryIsHiddenFromTheFamilyUnlessTheReaderMayReadTheWholeFile() {
        var grandparent = user(Set.of(Role.NETWORK_MEMBER), null);
        var hiddenMap = new SharedCategories(Set.of("NETWORK_MAP", "NOTES"), Set.of("NETWORK_MAP"));
        assertThat(policy.isReadHiddenFromFamily(grandparent, family, TODAY, hiddenMap, "NETWORK_MAP")).isTrue();
        assertThat(policy.isReadHiddenFromFamily(grandparent, family, TODAY, hiddenMap, "NOTES")).as("shared by consent").isFalse();
        assertThat(policy.isReadHiddenFromFamily(assignedProfessional, family, TODAY, hiddenMap, "NETWORK_MAP"))
                .as("the team reads the file itself").isFalse();
        assertThat(policy.isReadHiddenFromFamily(grandparent, family, TODAY, SharedCategories.NONE, "NETWORK_MAP")).isFalse();
    }

    @Test
    void seeingWhatIsSharedIsHiddenFromTheFamilyOnlyWhenEverythingSharedIsHidden() {
        assertThat(policy.isListingHiddenFromFamily(new SharedCategories(Set.of("NETWORK_MAP"), Set.of("NETWORK_MAP")))).isTrue();
        assertThat(policy.isListingHiddenFromFamily(new SharedCategories(Set.of("NETWORK_MAP", "NOTES"), Set.of("NETWORK_MAP")))).isFalse();
        assertThat(policy.isListingHiddenFromFamily(SharedCategories.NONE)).isFalse();
    }

    @Test
    void aFileIsMarkedWhileAMeasureRunsFromItsFirstToItsLastDay() {
        var youth = family.youths().getFirst().id();
        var measure = new ChildProtectionMeasure(UUID.randomUUID(), youth, ChildProtectionMeasure.Kind.SUPERVISION_ORDER,
                TODAY.minusMonths(2), java.util.Optional.of(TODAY), UUID.randomUUID(), java.time.Instant.now());
        var marked = new FamilyFile(family.id(), family.name(), family.teamId(), family.status(), family.members(), family.network(),
                family.assignedProfessionals(), false, List.of(measure));
        assertThat(marked.measuresRunningOn(TODAY)).containsExactly(measure);
        assertThat(marked.measuresRunningOn(TODAY.minusMonths(2))).containsExactly(measure);
        assertThat(marked.measuresRunningOn(TODAY.plusDays(1))).isEmpty();
        assertThat(marked.measuresRunningOn(TODAY.minusMonths(2).minusDays(1))).isEmpty();
        assertThat(family.measuresRunningOn(TODAY)).isEmpty();
        assertThat(marked.recordIds()).contains(measure.id().toString());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> measure.endingOn(TODAY.minusMonths(3)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
