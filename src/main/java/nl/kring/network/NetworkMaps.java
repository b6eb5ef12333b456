package nl.kring.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.identity.CurrentUser;
import nl.kring.network.api.NetworkAnalysisProperties;
import nl.kring.network.api.NetworkSignalProperties;
import nl.kring.network.domain.ActivationInfo;
import nl.kring.network.domain.Centre;
import nl.kring.network.domain.MapEdit;
import nl.kring.network.domain.MapEditing;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.NetworkAnalysis;
import nl.kring.network.domain.NetworkFigures;
import nl.kring.network.domain.Pseudonyms;
import nl.kring.network.domain.VersionComparison;
import nl.kring.network.io.MapHistory;
import nl.kring.network.store.NetworkMapStore;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The network module's public API: the maps in a family file. Every call goes through the family
 * file's access check and audit ({@link FamilyFiles#read} / {@link FamilyFiles#change}).
 */
@Service
public class NetworkMaps {

    /** What the network module records in the audit log. */
    public enum Action implements AuditAction {
        MAP_LIST,
        MAP_READ,
        MAP_CREATE,
        MAP_EDIT,
        MAP_NEW_VERSION,
        MAP_COMPARE,
        MAP_EXPORT,
        MAP_IMPORT;

        @Override
        public String code() {
            return name();
        }
    }

    public static final int MAX_TITLE = 120;

    /** The consent category under which a family can share its maps with people around it. */
    public static final String CATEGORY = "NETWORK_MAP";
    /** The map with everyone but the centre shown as role and number. */
    public static final String PSEUDONYMISED = "NETWORK_MAP_PSEUDONYMISED";
    /** Either way of sharing the map lets a recipient open it; {@link #asSeen} decides what they see. */
    static final List<String> CATEGORIES = List.of(CATEGORY, PSEUDONYMISED);

    private final FamilyFiles families;
    private final NetworkMapStore store;
    private final NetworkSignalProperties signals;
    private final NetworkAnalysisProperties analysis;
    private final Clock clock;
    private final MessageSource messages;
    private final org.springframework.beans.factory.ObjectProvider<PlanActivity> plans;
    private final org.springframework.beans.factory.ObjectProvider<AssignedRoles> assignedRoles;
    private final org.springframework.beans.factory.ObjectProvider<RunningSupport> runningSupport;

    public NetworkMaps(FamilyFiles families, NetworkMapStore store, NetworkSignalProperties signals,
            NetworkAnalysisProperties analysis, MessageSource messages, Clock clock,
            org.springframework.beans.factory.ObjectProvider<PlanActivity> plans,
            org.springframework.beans.factory.ObjectProvider<AssignedRoles> assignedRoles,
            org.springframework.beans.factory.ObjectProvider<RunningSupport> runningSupport) {
        this.runningSupport = runningSupport;
        this.plans = plans;
        this.assignedRoles = assignedRoles;
        this.messages = messages;
        this.analysis = analysis;
        this.families = families;
        this.store = store;
        this.signals = signals;
        this.clock = clock;
    }

    public record NewMap(String title, MapSummary.Perspective perspective, MapSummary.CentreKind centreKind, Optional<UUID> centreMemberId) {}

    /** A version with the map it belongs to, as pages and the API show it. */
    public record OpenedVersion(MapSummary map, StoredVersion stored, List<Integer> versions, NetworkFigures figures, FamilyFile family,
            boolean mayContribute, java.util.Map<String, List<String>> assignedRoles, List<RunningSupport.Supporter> runningSupport) {}

    public record Comparison(MapSummary map, StoredVersion from, StoredVersion to, VersionComparison changes) {}

    /** The maps of a family; {@code mayContribute} says whether this person may change them or make new ones. */
    public record FamilyMaps(FamilyFile family, List<MapSummary> maps, boolean mayContribute) {}

    public FamilyMaps maps(CurrentUser user, UUID familyId) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.MAP_LIST,
                seen -> new FamilyMaps(seen.file(), store.mapsOf(familyId), families.mayContribute(user, seen.file())),
                result -> result.maps().stream().map(m -> m.id().toString()).toList());
    }

    public MapSummary create(CurrentUser user, UUID familyId, NewMap request) {
        var title = request.title() == null ? "" : request.title().strip();
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw MapRefusal.invalid("network.error.mapTitle", "title");
        }
        return families.change(user, familyId, Action.MAP_CREATE, file -> {
            var centre = centreOf(file, request.centreKind(), request.centreMemberId());
            var mapId = store.insertMap(familyId, title, request.perspective(), request.centreKind(), request.centreMemberId(), user.accountId());
            store.insertVersion(mapId, new MapVersion(centre, List.of(), List.of(), 1, title, clock.instant()), user.accountId());
            return store.map(familyId, mapId).orElseThrow();
        }, map -> List.of(map.id().toString()));
    }

    /** Creates a map from an imported file (all its versions, oldest first). */
    public MapSummary importMap(CurrentUser user, UUID familyId, String title, MapSummary.Perspective perspective, MapHistory history) {
        var cleanTitle = title == null || title.isBlank() ? history.latest().title() : title.strip();
        if (cleanTitle.isBlank() || cleanTitle.length() > MAX_TITLE) {
            throw MapRefusal.invalid("network.error.mapTitle", "title");
        }
        return families.change(user, familyId, Action.MAP_IMPORT, file -> {
            var mapId = store.insertMap(familyId, cleanTitle, perspective, MapSummary.CentreKind.YOUTH, Optional.empty(), user.accountId());
            int number = 1;
            for (var version : history.versions()) {
                store.insertVersion(mapId, new MapVersion(version.centre(), version.persons(), version.ties(), number++, cleanTitle,
                        version.createdAt() == null ? clock.instant() : version.createdAt()), user.accountId());
            }
            return store.map(familyId, mapId).orElseThrow();
        }, map -> List.of(map.id().toString()));
    }

    /** The latest version, or the given one. */
    public OpenedVersion open(CurrentUser user, UUID familyId, UUID mapId, OptionalInt number) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.MAP_READ, seen -> opened(user, seen, mapId, number),
                NetworkMaps::recordIds);
    }

    /** The whole history of a map, for export; audited as an export. */
    public List<StoredVersion> history(CurrentUser user, UUID familyId, UUID mapId) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.MAP_EXPORT, seen -> {
            var map = store.map(familyId, mapId).orElseThrow(MapRefusal::notFound);
            var versions = new ArrayList<StoredVersion>();
            for (var number : store.versionNumbers(map.id())) {
                versions.add(asSeen(seen, store.version(map.id(), number).orElseThrow()));
            }
            return versions;
        }, versions -> versions.stream().flatMap(v -> v.version().persons().stream().map(p -> v.mapId() + "/" + p.id())).distinct().toList());
    }

    /** One version for a download; audited as an export. */
    public OpenedVersion export(CurrentUser user, UUID familyId, UUID mapId, OptionalInt number) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.MAP_EXPORT, seen -> opened(user, seen, mapId, number),
                NetworkMaps::recordIds);
    }

    /**
     * Applies one edit to the latest version, if it is still at {@code basedOnRevision}; otherwise
     * refuses with {@link MapEditConflict} and changes nothing.
     */
    public OpenedVersion edit(CurrentUser user, UUID familyId, UUID mapId, int basedOnRevision, MapEdit edit) {
        return families.change(user, familyId, Action.MAP_EDIT, file -> {
            var latest = store.latest(requireMap(familyId, mapId).id()).orElseThrow(MapRefusal::notFound);
            if (latest.revision() != basedOnRevision) {
                throw new MapEditConflict(latest, basedOnRevision);
            }
            MapVersion changed;
            try {
                changed = MapEditing.apply(latest.version(), edit);
            } catch (MapEditing.EditRefused refused) {
                throw MapRefusal.invalid("network.error.edit." + refused.refusal().name(), "edit");
            }
            if (!store.replaceContent(latest.id(), basedOnRevision, changed)) {
                throw new MapEditConflict(store.latest(mapId).orElseThrow(), basedOnRevision);
            }
            return opened(user, file, mapId, OptionalInt.empty());
        }, NetworkMaps::recordIds);
    }

    /** Starts a new version as a copy of the latest; person ids stay the same. */
    public OpenedVersion startNewVersion(CurrentUser user, UUID familyId, UUID mapId) {
        return families.change(user, familyId, Action.MAP_NEW_VERSION, file -> {
            var latest = store.latest(requireMap(familyId, mapId).id()).orElseThrow(MapRefusal::notFound);
            var copy = latest.version();
            store.insertVersion(mapId, new MapVersion(copy.centre(), copy.persons(), copy.ties(), latest.number() + 1, copy.title(),
                    clock.instant()), user.accountId());
            return opened(user, file, mapId, OptionalInt.empty());
        }, NetworkMaps::recordIds);
    }

    /** The newest versions of several maps of one family, to show side by side (perspectives differ, and that is information). */
    public List<OpenedVersion> sideBySide(CurrentUser user, UUID familyId, List<UUID> mapIds) {
        if (mapIds.size() < 2 || mapIds.size() > 4 || mapIds.stream().distinct().count() != mapIds.size()) {
            throw MapRefusal.invalid("network.error.sideBySide", "maps");
        }
        return families.readSharedAny(user, familyId, CATEGORIES, Action.MAP_READ,
                seen -> mapIds.stream().map(id -> opened(user, seen, id, OptionalInt.empty())).toList(),
                opened -> opened.stream().flatMap(o -> recordIds(o).stream()).toList());
    }

    public Comparison compare(CurrentUser user, UUID familyId, UUID mapId, int from, int to) {
        return families.readSharedAny(user, familyId, CATEGORIES, Action.MAP_COMPARE, seen -> {
            var map = requireMap(familyId, mapId);
            var older = asSeen(seen, store.version(mapId, from).orElseThrow(() -> MapRefusal.invalid("network.error.version", "from")));
            var newer = asSeen(seen, store.version(mapId, to).orElseThrow(() -> MapRefusal.invalid("network.error.version", "to")));
            return new Comparison(map, older, newer, VersionComparison.between(older.version(), newer.version()));
        }, comparison -> List.of(mapId.toString()));
    }

    private OpenedVersion opened(CurrentUser user, FamilyFiles.Seen seen, UUID mapId, OptionalInt number) {
        var file = seen.file();
        var map = requireMap(file.id(), mapId);
        var stored = asSeen(seen, (number.isPresent() ? store.version(mapId, number.getAsInt()) : store.latest(mapId))
                .orElseThrow(MapRefusal::notFound));
        var previous = stored.number() > 1
                ? store.version(mapId, stored.number() - 1).map(v -> asSeen(seen, v).version()).orElse(null) : null;
        // what the plans say holds for the map as it is now, not for an older version
        var planActivity = plans.getIfAvailable();
        var activation = stored.latest() && planActivity != null ? planActivity.activationOf(file.id(), mapId) : ActivationInfo.none();
        var figures = NetworkAnalysis.of(stored.version(), previous, signals.thresholds(), LocalDate.now(clock), activation,
                analysis.cliqueLimit());
        return new OpenedVersion(map, stored, store.versionNumbers(mapId), figures, file, families.mayContribute(user, file),
                assignedRoles(file, mapId), runningSupport(file));
    }

    /** A map of the family with its latest version. */
    public record CurrentMap(MapSummary map, StoredVersion latest) {}

    /**
     * The latest version of every map of a file, for another capability that names persons on the map
     * (a plan's agreements). Only for use inside a body passed to {@link FamilyFiles}: holding the
     * file means its access check passed, and that capability's audit line names what was read.
     */
    public List<CurrentMap> currentMaps(FamilyFile file) {
        return store.mapsOf(file.id()).stream()
                .flatMap(map -> store.latest(map.id()).map(latest -> new CurrentMap(map, latest)).stream())
                .toList();
    }

    /**
     * The roles the family gave persons on this map outside the map itself (a youth's own mentor), as message keys per
     * person id. Like {@link #currentMaps}, only for use inside a body passed to {@link FamilyFiles}.
     */
    public java.util.Map<String, List<String>> assignedRoles(FamilyFile file, UUID mapId) {
        var roles = assignedRoles.getIfAvailable();
        return roles == null ? java.util.Map.of() : roles.rolesOn(file.id(), mapId);
    }

    /**
     * The organised informal support running for the family now (a matched volunteer), shown beside the map at level 3.
     * Like {@link #currentMaps}, only for use inside a body passed to {@link FamilyFiles}.
     */
    public List<RunningSupport.Supporter> runningSupport(FamilyFile file) {
        var running = runningSupport.getIfAvailable();
        return running == null ? List.of() : running.runningFor(file.id());
    }

    /** A map's latest version with its figures and signals, as the map page shows them now. */
    public record CurrentFigures(MapSummary map, StoredVersion latest, NetworkFigures figures) {}

    /**
     * The latest version of every map of a file with its figures and signals (with what the plans say), for
     * another capability that acts on the signals ("who can help?"). Only for use inside a body passed to
     * {@link FamilyFiles}, like {@link #currentMaps}.
     */
    public List<CurrentFigures> currentFigures(FamilyFile file) {
        var planActivity = plans.getIfAvailable();
        var result = new ArrayList<CurrentFigures>();
        for (var current : currentMaps(file)) {
            var stored = current.latest();
            var previous = stored.number() > 1 ? store.version(current.map().id(), stored.number() - 1).map(StoredVersion::version).orElse(null)
                    : null;
            var activation = planActivity != null ? planActivity.activationOf(file.id(), current.map().id()) : ActivationInfo.none();
            result.add(new CurrentFigures(current.map(), stored, NetworkAnalysis.of(stored.version(), previous, signals.thresholds(),
                    LocalDate.now(clock), activation, analysis.cliqueLimit())));
        }
        return result;
    }

    /** The signal thresholds in force, such as how many agreements make one person carry too much. */
    public nl.kring.network.domain.SignalThresholds thresholds() {
        return signals.thresholds();
    }

    /**
     * Adds a new person to the latest version of a map, as another capability names them (an agreement
     * given to someone not yet on the map): in the outer circle of the given sector, to be placed
     * better on the map later. Checked and audited as a map edit; returns the new person's id.
     */
    public String addPerson(CurrentUser user, UUID familyId, UUID mapId, String name, nl.kring.network.domain.Sector sector) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > 100) {
            throw MapRefusal.invalid("network.form.error.name", "name");
        }
        return families.change(user, familyId, Action.MAP_EDIT, file -> {
            var latest = store.latest(requireMap(familyId, mapId).id()).orElseThrow(MapRefusal::notFound);
            var person = MapEditing.newPerson(latest.version(), clean, sector);
            MapVersion changed;
            try {
                changed = MapEditing.apply(latest.version(), new MapEdit.AddPerson(person));
            } catch (MapEditing.EditRefused refused) {
                throw MapRefusal.invalid("network.error.edit." + refused.refusal().name(), "name");
            }
            if (!store.replaceContent(latest.id(), latest.revision(), changed)) {
                throw new MapEditConflict(store.latest(mapId).orElseThrow(), latest.revision());
            }
            return person.id();
        }, id -> List.of(mapId + "/" + id));
    }

    /**
     * Shows on the map that persons give this kind of support to the centre, as another capability learned it
     * (an accepted plan's agreement, a professional's task handed over): added to the latest version where the
     * person does not show it yet, never taking support away. Only for use inside a body passed to
     * {@link FamilyFiles}, like {@link #currentMaps}; returns the persons whose support changed.
     */
    public List<String> showSupport(FamilyFile file, UUID mapId, List<String> personIds, nl.kring.network.domain.SupportType type) {
        var latest = store.map(file.id(), mapId).flatMap(map -> store.latest(map.id()));
        if (latest.isEmpty()) {
            return List.of();
        }
        var version = latest.get().version();
        var changed = new ArrayList<String>();
        for (var person : version.persons()) {
            if (personIds.contains(person.id()) && !person.supportGivenToCentre().contains(type)) {
                var direction = person.supports().get(type) == nl.kring.network.domain.SupportDirection.RECEIVES_FROM_CENTRE
                        ? nl.kring.network.domain.SupportDirection.MUTUAL : nl.kring.network.domain.SupportDirection.GIVES_TO_CENTRE;
                version = MapEditing.apply(version, new MapEdit.UpdatePerson(person.toBuilder().support(type, direction).build()));
                changed.add(person.id());
            }
        }
        if (!changed.isEmpty() && !store.replaceContent(latest.get().id(), latest.get().revision(), version)) {
            throw new MapEditConflict(store.latest(mapId).orElseThrow(), latest.get().revision());
        }
        return changed;
    }

    private OpenedVersion opened(CurrentUser user, FamilyFile file, UUID mapId, OptionalInt number) {
        return opened(user, new FamilyFiles.Seen(file, true, java.util.Set.of()), mapId, number);
    }

    /**
     * The version as this reader may see it: as it is, or — when the family shares the map only with
     * the other persons pseudonymised — with role and number instead of who they are. Done here, at
     * the source, so that every page, figure, comparison and download shows the same.
     */
    private StoredVersion asSeen(FamilyFiles.Seen seen, StoredVersion stored) {
        if (seen.sees(CATEGORY)) {
            return stored;
        }
        var locale = LocaleContextHolder.getLocale();
        var pseudonymised = Pseudonyms.applyTo(stored.version(), code -> messages.getMessage(
                code == null ? "network.pseudonym.person" : "network.pseudonym." + code, null, code == null ? "?" : code, locale));
        return new StoredVersion(stored.id(), stored.mapId(), stored.number(), stored.revision(), stored.latest(), stored.updatedAt(),
                pseudonymised);
    }

    private MapSummary requireMap(UUID familyId, UUID mapId) {
        return store.map(familyId, mapId).orElseThrow(MapRefusal::notFound);
    }

    private static Centre centreOf(FamilyFile file, MapSummary.CentreKind kind, Optional<UUID> memberId) {
        if (kind == MapSummary.CentreKind.HOUSEHOLD) {
            return Centre.named(file.name());
        }
        var member = memberId.flatMap(id -> file.members().stream().filter(m -> m.id().equals(id)).findFirst())
                .orElseThrow(() -> MapRefusal.invalid("network.error.centre", "centreMemberId"));
        boolean fits = switch (kind) {
            case YOUTH -> member.relation() == nl.kring.family.domain.Relation.YOUTH;
            case PARENT -> member.relation() == nl.kring.family.domain.Relation.PARENT;
            case HOUSEHOLD -> true;
        };
        if (!fits) {
            throw MapRefusal.invalid("network.error.centre", "centreMemberId");
        }
        return new Centre(member.givenName(), member.birthDate().orElse(null), null, nl.kring.network.domain.Gender.UNKNOWN, "");
    }

    private static List<String> recordIds(OpenedVersion opened) {
        var ids = new ArrayList<String>();
        ids.add(opened.map().id() + "@" + opened.stored().number());
        opened.stored().version().persons().forEach(p -> ids.add(opened.map().id() + "/" + p.id()));
        return ids;
    }
}
