package nl.kring.network.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One entry on a network map: a person, a pet or another non-human entry, with how close they are
 * and what support flows between them and the centre.
 *
 * <p>The {@code id} stays the same in every version of a map, so versions can be compared person by
 * person. The name may be a pseudonym chosen by the family; pseudonymising for display happens at
 * display time and never changes this record.
 *
 * @param id stable id, unique within a map
 * @param name name or pseudonym as the family gave it
 * @param roleCode optional code from Kring's role list (for example {@code GRANDPARENT}); null if none
 * @param roleText optional role in the family's own words; null if none
 * @param age optional age in years or band; null if unknown
 * @param level optional level of support; null if not (yet) given
 * @param supports per support type, which way it flows; types not in the map are not exchanged
 * @param available the person has time and room to help
 * @param reachable the person can be reached (distance, language, means)
 * @param conflict the relationship with the centre is marked as conflicting
 */
public record MapPerson(
        String id,
        String name,
        String roleCode,
        String roleText,
        Gender gender,
        EntryKind kind,
        Age age,
        SupportLevel level,
        Position position,
        Map<SupportType, SupportDirection> supports,
        CentreTie centreTie,
        Factor factor,
        boolean available,
        boolean reachable,
        boolean conflict,
        boolean deceased,
        String note) {

    public MapPerson {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a person needs an id");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person needs a name or pseudonym");
        }
        if (position == null) {
            throw new IllegalArgumentException("a person needs a position");
        }
        roleCode = blankToNull(roleCode);
        roleText = blankToNull(roleText);
        gender = gender == null ? Gender.UNKNOWN : gender;
        kind = kind == null ? EntryKind.PERSON : kind;
        centreTie = centreTie == null ? CentreTie.EXISTING : centreTie;
        factor = factor == null ? Factor.NONE : factor;
        note = note == null ? "" : note;
        supports = copyOf(supports);
    }

    private static Map<SupportType, SupportDirection> copyOf(Map<SupportType, SupportDirection> supports) {
        var copy = new EnumMap<SupportType, SupportDirection>(SupportType.class);
        if (supports != null) {
            supports.forEach((type, direction) -> {
                if (type == null || direction == null) {
                    throw new IllegalArgumentException("support type and direction are both required");
                }
                copy.put(type, direction);
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Optional<Sector> sector() {
        return position.sector();
    }

    public Optional<Circle> circle() {
        return position.circle();
    }

    /**
     * Whether this entry counts in the network figures: a living person inside the map. Deceased
     * persons, pets and other non-human entries and persons outside the outer edge stay on the map
     * but are not counted, as in easyNWK.
     */
    public boolean counted() {
        return !deceased && kind == EntryKind.PERSON && position.onMap();
    }

    /**
     * Whether this person is professional (formal) support: level 4, or, when no level is given,
     * placed in the professionals' sector.
     */
    public boolean professional() {
        if (level != null) {
            return level == SupportLevel.PROFESSIONAL;
        }
        return sector().filter(Sector.PROFESSIONALS::equals).isPresent();
    }

    /** The support types this person gives to the centre (one way or mutually). */
    public Set<SupportType> supportGivenToCentre() {
        var given = EnumSet.noneOf(SupportType.class);
        supports.forEach((type, direction) -> {
            if (direction.reachesCentre()) {
                given.add(type);
            }
        });
        return Collections.unmodifiableSet(given);
    }

    /** True when some support flows from the centre to this person (one way or mutually). */
    public boolean receivesFromCentre() {
        return supports.values().stream().anyMatch(SupportDirection::flowsFromCentre);
    }

    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    public Builder toBuilder() {
        var builder = new Builder(id, name)
                .role(roleCode, roleText)
                .gender(gender)
                .kind(kind)
                .age(age)
                .level(level)
                .position(position)
                .centreTie(centreTie)
                .factor(factor)
                .available(available)
                .reachable(reachable)
                .conflict(conflict)
                .deceased(deceased)
                .note(note);
        supports.forEach(builder::support);
        return builder;
    }

    /** Builds a person step by step; unset values take the same defaults as the record. */
    public static final class Builder {
        private final String id;
        private final String name;
        private String roleCode;
        private String roleText;
        private Gender gender = Gender.UNKNOWN;
        private EntryKind kind = EntryKind.PERSON;
        private Age age;
        private SupportLevel level;
        private Position position;
        private final Map<SupportType, SupportDirection> supports = new EnumMap<>(SupportType.class);
        private CentreTie centreTie = CentreTie.EXISTING;
        private Factor factor = Factor.NONE;
        private boolean available = true;
        private boolean reachable = true;
        private boolean conflict;
        private boolean deceased;
        private String note = "";

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Builder role(String code, String text) {
            this.roleCode = code;
            this.roleText = text;
            return this;
        }

        public Builder gender(Gender gender) {
            this.gender = gender;
            return this;
        }

        public Builder kind(EntryKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder age(Age age) {
            this.age = age;
            return this;
        }

        public Builder level(SupportLevel level) {
            this.level = level;
            return this;
        }

        public Builder position(Position position) {
            this.position = position;
            return this;
        }

        public Builder at(double angle, double distance) {
            return position(new Position(angle, distance));
        }

        public Builder support(SupportType type, SupportDirection direction) {
            supports.put(type, direction);
            return this;
        }

        public Builder centreTie(CentreTie centreTie) {
            this.centreTie = centreTie;
            return this;
        }

        public Builder factor(Factor factor) {
            this.factor = factor;
            return this;
        }

        public Builder available(boolean available) {
            this.available = available;
            return this;
        }

        public Builder reachable(boolean reachable) {
            this.reachable = reachable;
            return this;
        }

        public Builder conflict(boolean conflict) {
            this.conflict = conflict;
            return this;
        }

        public Builder deceased(boolean deceased) {
            this.deceased = deceased;
            return this;
        }

        public Builder note(String note) {
            this.note = note;
            return this;
        }

        public MapPerson build() {
            return new MapPerson(id, name, roleCode, roleText, gender, kind, age, level, position, supports,
                    centreTie, factor, available, reachable, conflict, deceased, note);
        }
    }
}
