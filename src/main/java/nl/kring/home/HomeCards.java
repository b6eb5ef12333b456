package nl.kring.home;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import nl.kring.identity.CurrentUser;
import nl.kring.identity.Role;

/** Which next steps a person sees on the home page, by role (a person with several roles sees them all). */
final class HomeCards {

    private HomeCards() {}

    static List<HomeCard> forUser(CurrentUser user) {
        return forUser(user, false);
    }

    /** With {@code sharedWithThem}: something is shared with this person, so they see it whatever their role. */
    static List<HomeCard> forUser(CurrentUser user, boolean sharedWithThem) {
        var cards = new LinkedHashSet<HomeCard>();
        for (var role : Role.values()) {
            if (!user.has(role)) {
                continue;
            }
            switch (role) {
                case PROFESSIONAL -> cards.add(HomeCard.of("teamFamilies", "/families"));
                case PARENT -> {
                    cards.add(HomeCard.of("ourFile", "/families"));
                    cards.add(HomeCard.of("whoLooked", "/families"));
                }
                case YOUTH -> cards.add(HomeCard.of("myFile", "/families"));
                case NETWORK_MEMBER -> cards.add(HomeCard.of("sharedWithMe", null));
                case VOLUNTEER -> {
                    cards.add(HomeCard.of("volunteer", null));
                    cards.add(HomeCard.of("sharedWithMe", null));
                }
                case PRIVACY_OFFICER -> cards.add(HomeCard.of("privacyOfficer", "/privacy-officer"));
                case COORDINATOR -> cards.add(HomeCard.of("coordinator", "/programmes"));
                case ANALYST -> cards.add(HomeCard.of("analyst", "/inzichten"));
                case CATALOGUE_EDITOR -> cards.add(HomeCard.of("catalogueEditor", "/redactie/catalogus"));
                case ADMINISTRATOR -> {
                    cards.add(HomeCard.of("accounts", "/admin/accounts"));
                    cards.add(HomeCard.of("audit", "/admin/audit"));
                    cards.add(HomeCard.of("retention", "/admin/retention"));
                }
            }
        }
        // the team's intake list ("Vraag steun aan"), for professionals and coordinators of a team
        if ((user.has(Role.PROFESSIONAL) || user.has(Role.COORDINATOR)) && user.teamId().isPresent()) {
            cards.add(HomeCard.of("intake", "/intake"));
        }
        if (user.has(Role.ADMINISTRATOR)) {
            cards.add(HomeCard.of("postcodeAreas", "/admin/teams"));
        }
        if (sharedWithThem) {
            cards.add(HomeCard.of("sharedWithMe", null));
        }
        cards.add(HomeCard.of("profile", "/profile"));
        return new ArrayList<>(cards);
    }
}
