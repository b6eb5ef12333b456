package nl.kring.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.family.FamilyDetails;
import nl.kring.family.FamilyFiles;
import nl.kring.identity.CurrentUser;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMaps;
import org.springframework.stereotype.Service;

/**
 * "What family X shares with you": for a network member, a volunteer or a professional outside the
 * family's team. First {@link FamilyFiles#disclosed} says whether anything is shared at all (if not,
 * the file does not exist for this person); then each shared category is read on its own through the
 * disclosure filter ({@link FamilyFiles#readShared}), so each read is checked and audited separately
 * and a category withdrawn in between is simply refused.
 */
@Service
public class SharedFiles {

    /** The categories this view shows, in the order it shows them. */
    public static final List<String> SECTIONS = List.of(FamilyDetails.MEMBER_BASICS, FamilyDetails.CONTACT_DETAILS, FamilyDetails.NOTES,
            NetworkMaps.CATEGORY, NetworkMaps.PSEUDONYMISED, nl.kring.plan.Plans.CATEGORY, nl.kring.plan.Plans.OWN_AGREEMENTS,
            nl.kring.plan.Plans.MEETING);

    private final FamilyFiles families;
    private final FamilyDetails details;
    private final NetworkMaps maps;
    private final nl.kring.plan.Plans plans;

    public SharedFiles(FamilyFiles families, FamilyDetails details, NetworkMaps maps, nl.kring.plan.Plans plans) {
        this.plans = plans;
        this.families = families;
        this.details = details;
        this.maps = maps;
    }

    /**
     * What one family shares with the person; a part is present only when its category is shared.
     *
     * @param wholeFile the person may read the whole file (the family and its team): every part is present
     * @param categories the shared category codes, known ones first in {@link #SECTIONS} order
     */
    public record SharedFile(UUID familyId, String familyName, boolean wholeFile, List<String> categories,
            Optional<List<FamilyDetails.MemberBasics>> members, Optional<List<FamilyDetails.MemberContact>> contactDetails,
            Optional<List<FamilyDetails.Note>> notes, Optional<List<MapSummary>> maps, Optional<List<nl.kring.plan.PlanSummary>> plans) {}

    /** The families that share something with this person, with what they share (each listing audited). */
    public List<FamilyFiles.Shared> list(CurrentUser user) {
        return families.sharedWith(user);
    }

    public SharedFile open(CurrentUser user, UUID familyId) {
        var disclosed = families.disclosed(user, familyId);
        var categories = disclosed.wholeFile() ? SECTIONS
                : disclosed.categories().stream().sorted(Comparator.comparingInt(SharedFiles::order).thenComparing(c -> c)).toList();
        return new SharedFile(disclosed.familyId(), disclosed.familyName(), disclosed.wholeFile(), categories,
                categories.contains(FamilyDetails.MEMBER_BASICS) ? Optional.of(details.members(user, familyId)) : Optional.empty(),
                categories.contains(FamilyDetails.CONTACT_DETAILS) ? Optional.of(details.contactDetails(user, familyId)) : Optional.empty(),
                categories.contains(FamilyDetails.NOTES) ? Optional.of(details.notes(user, familyId)) : Optional.empty(),
                categories.contains(NetworkMaps.CATEGORY) || categories.contains(NetworkMaps.PSEUDONYMISED)
                        ? Optional.of(maps.maps(user, familyId).maps()) : Optional.empty(),
                nl.kring.plan.Plans.CATEGORIES.stream().anyMatch(categories::contains)
                        ? Optional.of(plans.plans(user, familyId).plans()) : Optional.empty());
    }

    private static int order(String category) {
        int index = SECTIONS.indexOf(category);
        return index < 0 ? SECTIONS.size() : index;
    }
}
