package nl.kring.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.matching.CentroidImportRefused;
import nl.kring.matching.Geography;
import nl.kring.matching.MatchingRefusal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A coordinator's page for the organisation's postcode list: how many areas it has (and whether they are
 * the demo's fictional ones), importing the national PC4 centroid list, and the distance between two
 * postcodes. A refused file comes back with every bad line and its number.
 */
@Controller
class PostcodePageController {

    /** More bad lines than this are counted, not listed one by one. */
    static final int SHOWN_PROBLEMS = 50;

    private final Geography geography;

    /** A computed distance for the page: km is null when it is not known, then missing names the areas. */
    record DistanceView(String from, String to, Double km, String missing) {
        static DistanceView of(Geography.Distance distance) {
            return switch (distance) {
                case Geography.Distance.Known k -> new DistanceView(k.from().toString(), k.to().toString(), k.km(), "");
                case Geography.Distance.Unknown u -> new DistanceView(u.from().toString(), u.to().toString(), null,
                        String.join(", ", u.missing().stream().map(Object::toString).toList()));
            };
        }
    }

    PostcodePageController(Geography geography) {
        this.geography = geography;
    }

    @GetMapping("/programmes/organisations/{id}/postcodes")
    String page(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, HttpServletResponse response) {
        if (from != null || to != null) {
            model.addAttribute("from", from == null ? "" : from);
            model.addAttribute("to", to == null ? "" : to);
            try {
                model.addAttribute("distance", DistanceView.of(geography.distance(user, id, from, to)));
            } catch (MatchingRefusal refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                response.setStatus(400);
                model.addAttribute("distanceErrorKey", refused.messageKey());
                model.addAttribute("distanceErrorField", refused.field());
            }
        }
        model.addAttribute("summary", geography.summary(user, id));
        return "matching/postcodes";
    }

    @PostMapping("/programmes/organisations/{id}/postcodes")
    String importFile(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        try {
            var imported = geography.importCsv(user, id, file == null ? new byte[0] : file.getBytes());
            // plain numbers: flash attributes live in the (serialized) session
            redirect.addFlashAttribute("importedAreas", imported.areas());
            redirect.addFlashAttribute("importedBefore", imported.before());
            return "redirect:/programmes/organisations/" + id + "/postcodes";
        } catch (CentroidImportRefused refused) {
            response.setStatus(400);
            model.addAttribute("problems", refused.problems().stream().limit(SHOWN_PROBLEMS).toList());
            model.addAttribute("moreProblems", Math.max(0, refused.problems().size() - SHOWN_PROBLEMS));
            model.addAttribute("problemCount", refused.problems().size());
        } catch (MatchingRefusal refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            response.setStatus(refused.status());
            model.addAttribute("importErrorKey", refused.messageKey());
        }
        model.addAttribute("summary", geography.summary(user, id));
        return "matching/postcodes";
    }
}
