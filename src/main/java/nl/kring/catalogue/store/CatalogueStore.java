package nl.kring.catalogue.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kring.catalogue.domain.CatalogueEntry;
import nl.kring.catalogue.domain.CatalogueFilter;
import nl.kring.catalogue.domain.Initiative;
import nl.kring.catalogue.domain.VersionLine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain SQL for the catalogue tables; only the catalogue module uses it. The search is PostgreSQL's Dutch
 * full text search ({@code websearch_to_tsquery('dutch', …)} against a generated, GIN-indexed column), ordered
 * by {@code ts_rank} when there are search words and by name otherwise — never by the number of elements.
 */
@Repository
public class CatalogueStore {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String ENTRY_COLUMNS = "v.content::text as content, v.number, v.last_checked, v.published_at";

    private final JdbcClient jdbc;

    public CatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from catalogue_initiative where id = ?").param(id).query(Integer.class).single() > 0;
    }

    /** Adds a new initiative with its first version (both or neither: the initiative points at its current version). */
    @Transactional
    public void insertInitiative(Initiative initiative, LocalDate lastChecked, Instant at, UUID by) {
        jdbc.sql("insert into catalogue_initiative (id, origin, current_number, created_at) values (?, ?, 1, ?)")
                .params(initiative.id(), initiative.origin().name(), Timestamp.from(at)).update();
        insertVersion(initiative, 1, lastChecked, at, by);
    }

    /** Publishes a new version of an existing initiative and makes it the current one; returns its number. */
    @Transactional
    public int publishVersion(Initiative initiative, LocalDate lastChecked, Instant at, UUID by) {
        // the row lock serialises two editors publishing the same initiative
        jdbc.sql("select id from catalogue_initiative where id = ? for update").param(initiative.id()).query(String.class).single();
        var number = jdbc.sql("select max(number) from catalogue_version where initiative_id = ?").param(initiative.id())
                .query(Integer.class).single() + 1;
        insertVersion(initiative, number, lastChecked, at, by);
        jdbc.sql("update catalogue_initiative set current_number = ? where id = ?").params(number, initiative.id()).update();
        return number;
    }

    private void insertVersion(Initiative initiative, int number, LocalDate lastChecked, Instant at, UUID by) {
        jdbc.sql("""
                insert into catalogue_version (initiative_id, number, content, name, elements, formality, reach, age_from, age_to,
                    target_groups, supporters, places, national, body, last_checked, published_at, published_by)
                values (?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(initiative.id(), number, JSON.writeValueAsString(initiative), initiative.name(), names(initiative.elements().stream()),
                        initiative.formality().name(), initiative.reach().name(),
                        initiative.ages() == null ? null : initiative.ages().from(), initiative.ages() == null ? null : initiative.ages().to(),
                        names(initiative.targetGroups().stream()), names(initiative.supporters().stream()),
                        initiative.places().toArray(String[]::new), initiative.national(), body(initiative), lastChecked,
                        Timestamp.from(at), by)
                .update();
    }

    /** Every free text of the entry except name and nutshell (which the search weighs higher), for the full text index. */
    static String body(Initiative i) {
        var parts = new ArrayList<String>();
        parts.addAll(i.whatWorks());
        parts.addAll(i.couldBeBetter());
        parts.add(i.forWhom());
        parts.add(i.byWhom());
        parts.addAll(i.needs());
        parts.add(i.contact());
        parts.add(i.region());
        parts.addAll(i.places());
        return String.join("\n", parts);
    }

    private static String[] names(Stream<? extends Enum<?>> values) {
        return values.map(Enum::name).toArray(String[]::new);
    }

    /** The current version of each initiative that passes the filter, most relevant first when there are words, else by name. */
    public List<CatalogueEntry> search(CatalogueFilter filter) {
        var where = new ArrayList<String>();
        var params = new LinkedHashMap<String, Object>();
        String rank = "0";
        if (filter.hasWords()) {
            where.add("v.search @@ websearch_to_tsquery('dutch', :words)");
            rank = "ts_rank(v.search, websearch_to_tsquery('dutch', :words))";
            params.put("words", filter.words());
        }
        if (!filter.elements().isEmpty()) {
            where.add("v.elements @> cast(:elements as text[])");
            params.put("elements", names(filter.elements().stream()));
        }
        filter.dimension().ifPresent(d -> {
            where.add((d.onFormality() ? "v.formality" : "v.reach") + " = any(:dimension)");
            params.put("dimension", d.storedValues().toArray(String[]::new));
        });
        if (filter.age().isPresent()) {
            where.add("(v.age_from is null or (v.age_from <= :age and :age <= v.age_to))");
            params.put("age", filter.age().getAsInt());
        }
        filter.targetGroup().ifPresent(t -> {
            where.add(":target = any(v.target_groups)");
            params.put("target", t.name());
        });
        filter.supporter().ifPresent(s -> {
            where.add(":supporter = any(v.supporters)");
            params.put("supporter", s.name());
        });
        filter.region().ifPresent(r -> {
            where.add("(v.national or exists (select 1 from unnest(v.places) p where strpos(lower(p), lower(:region)) > 0))");
            params.put("region", r);
        });
        var sql = "select " + ENTRY_COLUMNS + ", " + rank + " as rank"
                + " from catalogue_initiative i join catalogue_version v on v.initiative_id = i.id and v.number = i.current_number"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by rank desc, lower(v.name), v.initiative_id";
        var statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query(CatalogueStore::entry).list();
    }

    /** The current version of an initiative. */
    public Optional<CatalogueEntry> current(String id) {
        return jdbc.sql("select " + ENTRY_COLUMNS
                        + " from catalogue_initiative i join catalogue_version v on v.initiative_id = i.id and v.number = i.current_number"
                        + " where i.id = ?")
                .param(id).query(CatalogueStore::entry).optional();
    }

    /** One published version, current or older. */
    public Optional<CatalogueEntry> version(String id, int number) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from catalogue_version v where v.initiative_id = ? and v.number = ?")
                .params(id, number).query(CatalogueStore::entry).optional();
    }

    /** Every published version of an initiative, newest first, without their content. */
    public List<VersionLine> versions(String id) {
        return jdbc.sql("select number, last_checked, published_at from catalogue_version where initiative_id = ? order by number desc")
                .param(id)
                .query((rs, n) -> new VersionLine(rs.getInt("number"), rs.getObject("last_checked", LocalDate.class),
                        rs.getTimestamp("published_at").toInstant()))
                .list();
    }

    private static CatalogueEntry entry(ResultSet rs, int n) throws SQLException {
        return new CatalogueEntry(JSON.readValue(rs.getString("content"), Initiative.class), rs.getInt("number"),
                rs.getObject("last_checked", LocalDate.class), rs.getTimestamp("published_at").toInstant());
    }
}
