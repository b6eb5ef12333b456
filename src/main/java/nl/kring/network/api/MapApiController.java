package nl.kring.network.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.identity.CurrentUser;
import nl.kring.network.MapEditConflict;
import nl.kring.network.MapRefusal;
import nl.kring.network.MapSummary;
import nl.kring.network.NetworkMaps;
import nl.kring.network.StoredVersion;
import nl.kring.network.domain.MapEdit;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Tie;
import nl.kring.network.io.KringMapWriter;
import nl.kring.network.io.MapFormat;
import nl.kring.network.io.PersonJson;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The network maps of a family file, with the family file's access rules and audit. */
@RestController
@RequestMapping("/api/v1/families/{familyId}/maps")
@Tag(name = "Network maps", description = "A family's network maps: versions, edits, figures and signals")
@SecurityRequirement(name = "bearer")
class MapApiController {

    private final NetworkMaps maps;
    private final NetworkMessages networkMessages;
    private final MessageSource messages;
    private final nl.kring.network.web.MapExports exports;

    MapApiController(NetworkMaps maps, NetworkMessages networkMessages, MessageSource messages, nl.kring.network.web.MapExports exports) {
        this.exports = exports;
        this.maps = maps;
        this.networkMessages = networkMessages;
        this.messages = messages;
    }

    record NewMapRequest(String title, MapSummary.Perspective perspective, MapSummary.CentreKind centreKind, UUID centreMemberId) {}

    /** One version of a map: who made it, its revision (send it back with an edit) and its content in Kring's format. */
    record VersionResponse(MapSummary map, int number, int revision, boolean latest, List<Integer> versions, JsonNode content) {
        static VersionResponse of(MapSummary map, StoredVersion stored, List<Integer> versions) {
            return new VersionResponse(map, stored.number(), stored.revision(), stored.latest(), versions,
                    KringMapWriter.toTree(stored.version()));
        }
    }

    /**
     * One edit: {@code type} is ADD_PERSON or UPDATE_PERSON (with {@code person} in Kring's format),
     * MOVE_PERSON ({@code personId}, {@code angle}, {@code distance}), REMOVE_PERSON ({@code personId}),
     * RESTORE_PERSON ({@code person}, {@code ties}), ADD_TIE or REMOVE_TIE ({@code a}, {@code b}, {@code conflict}).
     */
    record EditRequest(Integer basedOnRevision, String type, JsonNode person, String personId, Double angle, Double distance,
            String a, String b, Boolean conflict, List<TieRequest> ties) {}

    record TieRequest(String a, String b, Boolean conflict) {}

    @GetMapping
    @Operation(summary = "The family's network maps")
    List<MapSummary> list(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId) {
        return maps.maps(user, familyId).maps();
    }

    @PostMapping
    @Operation(summary = "Make a new, empty map (version 1)")
    ResponseEntity<MapSummary> create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestBody NewMapRequest request) {
        if (request.perspective() == null) {
            throw MapRefusal.invalid("network.error.perspective", "perspective");
        }
        if (request.centreKind() == null) {
            throw MapRefusal.invalid("network.error.centre", "centreKind");
        }
        var map = maps.create(user, familyId, new NetworkMaps.NewMap(request.title(), request.perspective(), request.centreKind(),
                java.util.Optional.ofNullable(request.centreMemberId())));
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/maps/" + map.id())).body(map);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a map with all its versions from an easyNWK record (format=easynwk) or a Kring file (format=kring)")
    ResponseEntity<MapSummary> importMap(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @RequestParam(required = false) String format, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "PROFESSIONAL") MapSummary.Perspective perspective, InputStream body) {
        var history = MapFormat.fromParameter(format).read(body);
        var map = maps.importMap(user, familyId, title, perspective, history);
        return ResponseEntity.created(URI.create("/api/v1/families/" + familyId + "/maps/" + map.id())).body(map);
    }

    @GetMapping("/{mapId}")
    @Operation(summary = "The newest version of a map, or the one given with ?version=")
    VersionResponse one(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam(required = false) Integer version) {
        var opened = maps.open(user, familyId, mapId, version == null ? OptionalInt.empty() : OptionalInt.of(version));
        return VersionResponse.of(opened.map(), opened.stored(), opened.versions());
    }

    @PostMapping("/{mapId}/edits")
    @Operation(summary = "Change the newest version; refused with 409 when it changed since basedOnRevision")
    VersionResponse edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestBody EditRequest request) {
        if (request.basedOnRevision() == null) {
            throw MapRefusal.invalid("network.error.revision", "basedOnRevision");
        }
        var opened = maps.edit(user, familyId, mapId, request.basedOnRevision(), edit(request));
        return VersionResponse.of(opened.map(), opened.stored(), opened.versions());
    }

    @PostMapping("/{mapId}/versions")
    @Operation(summary = "Start a new version as a copy of the newest; person ids stay the same")
    ResponseEntity<VersionResponse> newVersion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId,
            @PathVariable UUID mapId) {
        var opened = maps.startNewVersion(user, familyId, mapId);
        return ResponseEntity.status(HttpStatus.CREATED).body(VersionResponse.of(opened.map(), opened.stored(), opened.versions()));
    }

    @GetMapping("/{mapId}/analysis")
    @Operation(summary = "Figures and signals of the newest version (or ?version=), compared with the version before it")
    NetworkAnalysisResponse analysis(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam(required = false) Integer version, Locale locale) {
        var opened = maps.open(user, familyId, mapId, version == null ? OptionalInt.empty() : OptionalInt.of(version));
        int number = opened.stored().number();
        return NetworkAnalysisResponse.of(opened.figures(), number, number > 1 ? number - 1 : null, networkMessages, locale);
    }

    @GetMapping("/{mapId}/compare")
    @Operation(summary = "What changed between two versions: added, removed, closer, further, support gained or lost")
    NetworkMaps.Comparison compare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @RequestParam int from, @RequestParam int to) {
        return maps.compare(user, familyId, mapId, from, to);
    }

    @GetMapping("/{mapId}/export/{format}")
    @Operation(summary = "Download: pdf, png, svg, csv (persons), figures.csv, graphml, json (Kring's format) or easynwk (all versions)")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID familyId, @PathVariable UUID mapId,
            @PathVariable String format, @RequestParam(required = false) Integer version, Locale locale) {
        return exports.download(user, familyId, mapId, format, version == null ? OptionalInt.empty() : OptionalInt.of(version), locale);
    }

    /** A stale edit: the problem names the revision it was based on and carries the map as it is now. */
    @ExceptionHandler(MapEditConflict.class)
    ResponseEntity<ProblemDetail> conflict(MapEditConflict conflict, Locale locale, jakarta.servlet.http.HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("network.error.conflict", null, locale));
        problem.setTitle(messages.getMessage("network.error.conflict.title", null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("basedOnRevision", conflict.basedOn());
        problem.setProperty("currentRevision", conflict.current().revision());
        problem.setProperty("current", KringMapWriter.toTree(conflict.current().version()));
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static MapEdit edit(EditRequest request) {
        if (request.type() == null) {
            throw MapRefusal.invalid("network.error.editType", "type");
        }
        return switch (request.type()) {
            case "ADD_PERSON" -> new MapEdit.AddPerson(PersonJson.read(require(request.person(), "person")));
            case "UPDATE_PERSON" -> new MapEdit.UpdatePerson(PersonJson.read(require(request.person(), "person")));
            case "MOVE_PERSON" -> {
                var angle = require(request.angle(), "angle");
                var distance = require(request.distance(), "distance");
                if (!Double.isFinite(angle) || angle < -180 || angle > 180) {
                    throw MapRefusal.invalid("network.form.error.angle", "angle");
                }
                if (!Double.isFinite(distance) || distance < 0 || distance > 1000) {
                    throw MapRefusal.invalid("network.form.error.distance", "distance");
                }
                yield new MapEdit.MovePerson(require(request.personId(), "personId"), new Position(angle, distance));
            }
            case "REMOVE_PERSON" -> new MapEdit.RemovePerson(require(request.personId(), "personId"));
            case "RESTORE_PERSON" -> {
                var ties = new ArrayList<Tie>();
                if (request.ties() != null) {
                    for (var tie : request.ties()) {
                        ties.add(new Tie(require(tie.a(), "ties.a"), require(tie.b(), "ties.b"), Boolean.TRUE.equals(tie.conflict())));
                    }
                }
                yield new MapEdit.RestorePerson(PersonJson.read(require(request.person(), "person")), ties);
            }
            case "ADD_TIE" -> new MapEdit.AddTie(new Tie(require(request.a(), "a"), require(request.b(), "b"),
                    Boolean.TRUE.equals(request.conflict())));
            case "REMOVE_TIE" -> new MapEdit.RemoveTie(require(request.a(), "a"), require(request.b(), "b"));
            default -> throw MapRefusal.invalid("network.error.editType", "type");
        };
    }

    private static <T> T require(T value, String field) {
        if (value == null || (value instanceof String text && text.isBlank())) {
            throw MapRefusal.invalid("network.error.missing", field);
        }
        return value;
    }
}
