package nl.kring.matching.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.matching.domain.Centroid;
import nl.kring.matching.domain.Coordinates;
import nl.kring.matching.domain.Pc4;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The postcode centroids each organisation imported, in plain SQL. */
@Repository
public class GeographyStore {

    private final JdbcClient jdbc;

    public GeographyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many areas the organisation has coordinates for, and how many of them are fictional. */
    public record Counts(int areas, int fictional) {}

    public Counts counts(UUID organisationId) {
        return jdbc.sql("select count(*) as areas, count(*) filter (where fictional) as fictional from postcode_centroid where organisation_id = ?")
                .param(organisationId).query((rs, n) -> new Counts(rs.getInt("areas"), rs.getInt("fictional"))).single();
    }

    /** Replaces the organisation's list with these areas (one statement for the whole list). */
    public void replace(UUID organisationId, List<Centroid> centroids, boolean fictional) {
        jdbc.sql("delete from postcode_centroid where organisation_id = ?").param(organisationId).update();
        var postcodes = centroids.stream().mapToInt(c -> c.postcode().digits()).toArray();
        var latitudes = centroids.stream().mapToDouble(c -> c.at().latitude()).toArray();
        var longitudes = centroids.stream().mapToDouble(c -> c.at().longitude()).toArray();
        jdbc.sql("""
                insert into postcode_centroid (organisation_id, pc4, latitude, longitude, fictional)
                select ?, p, lat, lon, ? from unnest(?::integer[], ?::double precision[], ?::double precision[]) as t(p, lat, lon)
                """).params(organisationId, fictional, postcodes, latitudes, longitudes).update();
    }

    public Optional<Coordinates> centroid(UUID organisationId, Pc4 postcode) {
        return jdbc.sql("select latitude, longitude from postcode_centroid where organisation_id = ? and pc4 = ?")
                .params(organisationId, postcode.digits())
                .query((rs, n) -> new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude"))).optional();
    }

    /** The coordinates of those of these areas the organisation knows. */
    public Map<Pc4, Coordinates> centroids(UUID organisationId, List<Pc4> postcodes) {
        var digits = postcodes.stream().mapToInt(Pc4::digits).distinct().toArray();
        return jdbc.sql("select pc4, latitude, longitude from postcode_centroid where organisation_id = ? and pc4 = any(?::integer[])")
                .params(organisationId, digits)
                .query((rs, n) -> Map.entry(new Pc4(rs.getInt("pc4")), new Coordinates(rs.getDouble("latitude"), rs.getDouble("longitude"))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The organisation whose name this is, for the demo data. */
    public Optional<UUID> organisationNamed(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(UUID.class).optional();
    }
}
