package nl.kring.network.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.kring.network.domain.Age;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.MapPerson;
import nl.kring.network.domain.MapVersion;
import nl.kring.network.domain.Position;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;

/**
 * The person form: the complete, accessible way to add or change a person on the map. It keeps what
 * was typed as text, so a refused form comes back exactly as it was sent.
 */
public final class PersonForm {

    /** Common Dutch roles around a family; free text covers the rest. */
    public static final List<String> ROLES = List.of("GRANDPARENT", "PARENT", "STEP_PARENT", "FOSTER_PARENT", "SIBLING", "AUNT_UNCLE",
            "COUSIN", "GODPARENT", "GUARDIAN", "CARER", "FRIEND", "NEIGHBOUR", "CLASSMATE", "TEACHER", "COACH", "COLLEAGUE", "MENTOR",
            "VOLUNTEER", "BUDDY", "PROFESSIONAL", "OTHER");

    public static final double MAX_DISTANCE = 120;

    public String id = "";
    public String name = "";
    public String roleCode = "";
    public String roleText = "";
    public String gender = Gender.UNKNOWN.name();
    public String kind = EntryKind.PERSON.name();
    public String age = "";
    public String ageBand = "";
    public String level = "";
    public String sector = Sector.FAMILY.name();
    public String circle = Circle.INNER.name();
    public String angle = "";
    public String distance = "";
    public Map<String, String> support = new LinkedHashMap<>();
    public String centreTie = CentreTie.EXISTING.name();
    public String factor = Factor.NONE.name();
    public boolean available = true;
    public boolean reachable = true;
    public boolean conflict;
    public boolean deceased;
    public String note = "";

    /** Field → message key of what is wrong with it. */
    public final Map<String, String> errors = new LinkedHashMap<>();

    public PersonForm() {
        for (var type : SupportType.values()) {
            support.put(type.name(), "");
        }
    }

    public static PersonForm of(MapPerson person) {
        var form = new PersonForm();
        form.id = person.id();
        form.name = person.name();
        form.roleCode = person.roleCode() == null ? "" : person.roleCode();
        form.roleText = person.roleText() == null ? "" : person.roleText();
        form.gender = person.gender().name();
        form.kind = person.kind().name();
        if (person.age() instanceof Age.Years years) {
            form.age = String.valueOf(years.years());
        } else if (person.age() instanceof Age.Band band) {
            form.ageBand = band.band().name();
        }
        form.level = person.level() == null ? "" : String.valueOf(person.level().number());
        form.sector = person.sector().map(Enum::name).orElse(Sector.FAMILY.name());
        form.circle = person.circle().map(Enum::name).orElse("OUTSIDE");
        form.angle = format(person.position().angle());
        form.distance = format(person.position().distance());
        person.supports().forEach((type, direction) -> form.support.put(type.name(), direction.name()));
        form.centreTie = person.centreTie().name();
        form.factor = person.factor().name();
        form.available = person.available();
        form.reachable = person.reachable();
        form.conflict = person.conflict();
        form.deceased = person.deceased();
        form.note = person.note();
        return form;
    }

    public boolean isNew() {
        return id == null || id.isBlank();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /**
     * The person this form describes, or empty with {@link #errors} filled in. The position comes from
     * the exact angle and distance when they were changed, otherwise from the chosen sector and circle.
     */
    public java.util.Optional<MapPerson> toPerson(MapVersion current) {
        errors.clear();
        var cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 100) {
            errors.put("name", "network.form.error.name");
        }
        if (roleText != null && roleText.length() > 100) {
            errors.put("roleText", "network.form.error.roleText");
        }
        if (note != null && note.length() > 2000) {
            errors.put("note", "network.form.error.note");
        }
        var chosenGender = parse(Gender.class, gender, "gender");
        var chosenKind = parse(EntryKind.class, kind, "kind");
        var chosenTie = parse(CentreTie.class, centreTie, "centreTie");
        var chosenFactor = parse(Factor.class, factor, "factor");
        Age chosenAge = null;
        if (age != null && !age.isBlank()) {
            try {
                int years = Integer.parseInt(age.strip());
                if (years < 0 || years > Age.MAX_YEARS) {
                    throw new NumberFormatException();
                }
                chosenAge = Age.years(years);
            } catch (NumberFormatException e) {
                errors.put("age", "network.form.error.age");
            }
        } else if (ageBand != null && !ageBand.isBlank()) {
            var band = parse(AgeBand.class, ageBand, "ageBand");
            chosenAge = band == null ? null : Age.band(band);
        }
        SupportLevel chosenLevel = null;
        if (level != null && !level.isBlank()) {
            try {
                chosenLevel = SupportLevel.ofNumber(Integer.parseInt(level.strip())).orElseThrow(NumberFormatException::new);
            } catch (NumberFormatException e) {
                errors.put("level", "network.form.error.level");
            }
        }
        var supports = new EnumMap<SupportType, SupportDirection>(SupportType.class);
        for (var type : SupportType.values()) {
            var value = support.getOrDefault(type.name(), "");
            if (value != null && !value.isBlank()) {
                var direction = parse(SupportDirection.class, value, "support." + type.name());
                if (direction != null) {
                    supports.put(type, direction);
                }
            }
        }
        var position = position(current);
        if (!errors.isEmpty()) {
            return java.util.Optional.empty();
        }
        var builder = MapPerson.builder(isNew() ? newId() : id, cleanName)
                .role(blank(roleCode) ? null : roleCode, blank(roleText) ? null : roleText.strip())
                .gender(chosenGender).kind(chosenKind).age(chosenAge).level(chosenLevel).position(position)
                .centreTie(chosenTie).factor(chosenFactor).available(available).reachable(reachable)
                .conflict(conflict).deceased(deceased).note(note == null ? "" : note.strip());
        supports.forEach(builder::support);
        return java.util.Optional.of(builder.build());
    }

    private Position position(MapVersion current) {
        var existing = isNew() ? null : current.person(id).orElse(null);
        var exact = exactPosition();
        if (exact != null && (existing == null || !exact.equals(roundedPosition(existing.position())))) {
            return exact;
        }
        var chosenSector = parse(Sector.class, sector, "sector");
        Circle chosenCircle = "OUTSIDE".equals(circle) ? null : parse(Circle.class, circle, "circle");
        if (chosenSector == null || (chosenCircle == null && !"OUTSIDE".equals(circle))) {
            return new Position(0, 1);
        }
        if (existing != null && existing.sector().orElse(null) == chosenSector && existing.circle().orElse(null) == chosenCircle) {
            return existing.position();
        }
        return Placement.free(current, chosenSector, chosenCircle);
    }

    private Position exactPosition() {
        if (blank(angle) || blank(distance)) {
            return null;
        }
        try {
            double a = Double.parseDouble(angle.strip().replace(',', '.'));
            double d = Double.parseDouble(distance.strip().replace(',', '.'));
            if (!Double.isFinite(a) || a < -180 || a > 180) {
                errors.put("angle", "network.form.error.angle");
                return null;
            }
            if (!Double.isFinite(d) || d < 0 || d > MAX_DISTANCE) {
                errors.put("distance", "network.form.error.distance");
                return null;
            }
            return new Position(a, d);
        } catch (NumberFormatException e) {
            errors.put(blank(angle) ? "distance" : "angle", "network.form.error.position");
            return null;
        }
    }

    private static Position roundedPosition(Position position) {
        return new Position(Double.parseDouble(format(position.angle())), Double.parseDouble(format(position.distance())));
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "network.form.error.choice");
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String format(double value) {
        return String.format(java.util.Locale.ROOT, "%.1f", value);
    }

    static String newId() {
        return "p-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // accessors for Thymeleaf
    public String getId() { return id; }
    public String getName() { return name; }
    public String getRoleCode() { return roleCode; }
    public String getRoleText() { return roleText; }
    public String getGender() { return gender; }
    public String getKind() { return kind; }
    public String getAge() { return age; }
    public String getAgeBand() { return ageBand; }
    public String getLevel() { return level; }
    public String getSector() { return sector; }
    public String getCircle() { return circle; }
    public String getAngle() { return angle; }
    public String getDistance() { return distance; }
    public Map<String, String> getSupport() { return support; }
    public String getCentreTie() { return centreTie; }
    public String getFactor() { return factor; }
    public boolean isAvailable() { return available; }
    public boolean isReachable() { return reachable; }
    public boolean isConflict() { return conflict; }
    public boolean isDeceased() { return deceased; }
    public String getNote() { return note; }
    public Map<String, String> getErrors() { return errors; }
}
