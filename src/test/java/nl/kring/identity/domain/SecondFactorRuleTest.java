package nl.kring.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.kring.identity.Role;
import org.junit.jupiter.api.Test;

class SecondFactorRuleTest {

    @Test
    void unconfiguredStaffMustHaveOneOutsideDemoMode() {
        var rule = SecondFactorRule.of(null, false);
        assertThat(rule.requiredRoles()).containsExactlyInAnyOrder(Role.PROFESSIONAL, Role.COORDINATOR, Role.PRIVACY_OFFICER, Role.CATALOGUE_EDITOR,
                Role.ADMINISTRATOR);
        assertThat(rule.requiredFor(Set.of(Role.PROFESSIONAL))).isTrue();
        assertThat(rule.requiredFor(Set.of(Role.PARENT, Role.ADMINISTRATOR))).isTrue();
        assertThat(rule.requiredFor(Set.of(Role.PARENT))).isFalse();
        assertThat(rule.requiredFor(Set.of(Role.NETWORK_MEMBER, Role.YOUTH, Role.VOLUNTEER, Role.ANALYST))).isFalse();
        assertThat(rule.mayTurnOff(Set.of(Role.PARENT))).isTrue();
        assertThat(rule.mayTurnOff(Set.of(Role.COORDINATOR))).isFalse();
    }

    @Test
    void unconfiguredNobodyMustInDemoMode() {
        assertThat(SecondFactorRule.of(null, true).requiredFor(Set.of(Role.ADMINISTRATOR))).isFalse();
    }

    @Test
    void configuredRolesReplaceTheDefaultInAnyMode() {
        var rule = SecondFactorRule.of(" administrator, Analyst ,", true);
        assertThat(rule.requiredRoles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.ANALYST);
        assertThat(rule.requiredFor(Set.of(Role.PROFESSIONAL))).isFalse();
        assertThat(SecondFactorRule.of("", false).requiredRoles()).isEmpty();
        assertThat(SecondFactorRule.of("none", false).requiredRoles()).isEmpty();
    }

    @Test
    void aMistypedRoleStopsTheStartInsteadOfSilentlyRequiringNothing() {
        assertThatThrownBy(() -> SecondFactorRule.of("PROFESIONAL", false)).isInstanceOf(IllegalArgumentException.class);
    }
}
