package nl.kring.invitation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.family.domain.FamilyStatus;
import nl.kring.family.domain.NetworkContact;
import nl.kring.family.domain.Relation;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationRulesTest {

    static final UUID MOTHER = UUID.randomUUID();
    static final UUID YOUTH = UUID.randomUUID();
    static final UUID FATHER = UUID.randomUUID();
    static final UUID GRANDMOTHER = UUID.randomUUID();
    static final UUID PROFESSIONAL = UUID.randomUUID();
    static final UUID TEAM = UUID.randomUUID();

    static final FamilyMember YOUTH_MEMBER = new FamilyMember(UUID.randomUUID(), Optional.of(YOUTH), "Sanne", "X", Relation.YOUTH,
            Optional.of(LocalDate.of(2013, 1, 1)), false);
    static final FamilyMember MOTHER_MEMBER = new FamilyMember(UUID.randomUUID(), Optional.of(MOTHER), "Mirjam", "X", Relation.PARENT,
            Optional.empty(), true);
    static final FamilyMember FATHER_MEMBER = new FamilyMember(UUID.randomUUID(), Optional.of(FATHER), "Karel", "X", Relation.PARENT,
            Optional.empty(), false);
    static final FamilyFile FILE = new FamilyFile(UUID.randomUUID(), "Gezin X", TEAM, FamilyStatus.ACTIVE,
            List.of(YOUTH_MEMBER, MOTHER_MEMBER, FATHER_MEMBER),
            List.of(new NetworkContact(UUID.randomUUID(), Optional.of(GRANDMOTHER), "Oma", "GRANDPARENT")), Set.of(PROFESSIONAL), false);

    static CurrentUser user(UUID id, Role... roles) {
        return new CurrentUser(id, "u", "U", Set.of(roles), Optional.empty());
    }

    @Test
    void theRoleFollowsFromWhoTheMemberIs() {
        assertThat(InvitationRules.roleFor(YOUTH_MEMBER)).isEqualTo(Role.YOUTH);
        assertThat(InvitationRules.roleFor(MOTHER_MEMBER)).isEqualTo(Role.PARENT);
        assertThat(InvitationRules.roleFor(FATHER_MEMBER)).isEqualTo(Role.PARENT);
    }

    @Test
    void aYouthInvitesOnlyPeopleAroundThem_parentsWithAuthorityAndTheProfessionalInviteAnyone() {
        var member = new Invitee.FamilyMemberInvitee(FATHER_MEMBER.id());
        var network = new Invitee.NetworkInvitee(UUID.randomUUID());
        assertThat(InvitationRules.refuseInviter(user(YOUTH, Role.YOUTH), FILE, member)).contains("invitation.error.youthInvitesNetworkOnly");
        assertThat(InvitationRules.refuseInviter(user(YOUTH, Role.YOUTH), FILE, network)).isEmpty();
        assertThat(InvitationRules.refuseInviter(user(MOTHER, Role.PARENT), FILE, member)).isEmpty();
        assertThat(InvitationRules.refuseInviter(user(PROFESSIONAL, Role.PROFESSIONAL), FILE, member)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROFESSIONAL", "COORDINATOR", "PRIVACY_OFFICER", "ANALYST", "ADMINISTRATOR"})
    void aWorkAccountTakesUpNoInvitation(String role) {
        assertThat(InvitationRules.refuseAccount(user(UUID.randomUUID(), Role.valueOf(role)), FILE)).contains("invitation.error.workAccount");
    }

    @Test
    void anAccountThatIsAlreadySomeoneInTheFileTakesUpNoInvitationThere() {
        assertThat(InvitationRules.refuseAccount(user(MOTHER, Role.PARENT), FILE)).contains("invitation.error.alreadyInFile");
        assertThat(InvitationRules.refuseAccount(user(GRANDMOTHER, Role.NETWORK_MEMBER), FILE)).contains("invitation.error.alreadyInFile");
        assertThat(InvitationRules.refuseAccount(user(UUID.randomUUID(), Role.NETWORK_MEMBER, Role.VOLUNTEER), FILE)).isEmpty();
    }

    @Test
    void addresses() {
        assertThat(InvitationRules.checkEmail(" oma@example.org ")).isEmpty();
        assertThat(InvitationRules.checkEmail("")).contains("invitation.error.emailMissing");
        assertThat(InvitationRules.checkEmail("oma@")).contains("invitation.error.email");
        assertThat(InvitationRules.checkEmail("oma @example.org")).contains("invitation.error.email");
        assertThat(InvitationRules.checkEmail("a@b@example.org")).contains("invitation.error.email");
        assertThat(InvitationRules.checkEmail("x".repeat(250) + "@example.org")).contains("invitation.error.email");
    }

    @Test
    void usedAndWithdrawnAreFinal_anOpenInvitationExpires() {
        var now = Instant.parse("2026-12-03T10:00:00Z");
        var open = new Invitation(UUID.randomUUID(), FILE.id(), new Invitee.NetworkInvitee(UUID.randomUUID()), Role.NETWORK_MEMBER, "Oma",
                "oma@example.org", Locale.of("nl"), Optional.empty(), now, now, 1, now.plusSeconds(60), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(open.stateAt(now)).isEqualTo(InvitationState.OPEN);
        assertThat(open.stateAt(now.plusSeconds(60))).isEqualTo(InvitationState.EXPIRED);
        var used = new Invitation(open.id(), open.familyId(), open.invitee(), open.role(), open.inviteeName(), open.email(), open.language(),
                open.invitedBy(), now, now, 1, now.plusSeconds(60), Optional.of(now), Optional.of(now), Optional.empty());
        assertThat(used.stateAt(now.plusSeconds(3600))).isEqualTo(InvitationState.USED);
        var withdrawn = new Invitation(open.id(), open.familyId(), open.invitee(), open.role(), open.inviteeName(), open.email(),
                open.language(), open.invitedBy(), now, now, 1, now.plusSeconds(60), Optional.of(now), Optional.empty(), Optional.empty());
        assertThat(withdrawn.stateAt(now)).isEqualTo(InvitationState.WITHDRAWN);
    }
}
