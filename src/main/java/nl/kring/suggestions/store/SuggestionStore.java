package nl.kring.suggestions.store;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.network.domain.SupportType;
import nl.kring.suggestions.domain.Choice;
import nl.kring.suggestions.domain.Suggestion;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Plain SQL for "who can help?": the family's own needs and its recorded choices. Only this module uses it. */
@Repository
public class SuggestionStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public SuggestionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A need the family wrote itself, open until the family closes it. */
    public record OwnNeedRow(UUID id, String text, SupportType type, Instant createdAt) {}

    /** A recorded choice as the page lists it. */
    public record ChoiceRow(UUID id, String needKey, String needKind, String chosenSource, String chosenRef, int chosenLevel,
            Choice.Kind kind, Optional<UUID> planId, String note, UUID chosenBy, Instant chosenAt) {}

    /** What was suggested for one need and what the family chose, to record. */
    public record NewChoice(UUID familyId, String needKey, String needKind, List<SupportType> types, List<Suggestion> suggested,
            Suggestion chosen, Choice.Kind kind, Optional<UUID> planId, Optional<UUID> agreementId, String note, UUID chosenBy,
            Instant chosenAt) {}

    public UUID insertOwnNeed(UUID familyId, String text, SupportType type, UUID by, Instant at) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into suggestion_own_need (id, family_id, text, support_type, created_by, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, familyId, text, type.name(), by, Timestamp.from(at)).update();
        return id;
    }

    public List<OwnNeedRow> openNeeds(UUID familyId) {
        return jdbc.sql("""
                select id, text, support_type, created_at from suggestion_own_need
                 where family_id = ? and closed_at is null order by created_at, id
                """).param(familyId)
                .query((rs, n) -> new OwnNeedRow(rs.getObject(1, UUID.class), rs.getString(2), SupportType.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    public boolean closeNeed(UUID familyId, UUID needId, Instant at) {
        return jdbc.sql("update suggestion_own_need set closed_at = ? where family_id = ? and id = ? and closed_at is null")
                .params(Timestamp.from(at), familyId, needId).update() == 1;
    }

    public UUID insertChoice(NewChoice choice) {
        var id = UUID.randomUUID();
        var suggested = choice.suggested().stream()
                .map(s -> Map.of("level", s.level().number(), "source", s.source().name(), "ref", s.ref())).toList();
        int rank = choice.suggested().indexOf(choice.chosen());
        jdbc.sql("""
                insert into suggestion_choice (id, family_id, need_key, need_kind, support_types, suggested, chosen_level, chosen_source,
                    chosen_ref, chosen_rank, choice_kind, plan_id, agreement_id, note, chosen_by, chosen_at)
                values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
                .params(id, choice.familyId(), choice.needKey(), choice.needKind(),
                        String.join(",", choice.types().stream().map(Enum::name).sorted().toList()), json.writeValueAsString(suggested),
                        choice.chosen().level().number(), choice.chosen().source().name(), choice.chosen().ref(), rank + 1,
                        choice.kind().name(), choice.planId().orElse(null), choice.agreementId().orElse(null), choice.note(),
                        choice.chosenBy(), Timestamp.from(choice.chosenAt()))
                .update();
        return id;
    }

    /** The family's choices, newest first. */
    public List<ChoiceRow> choices(UUID familyId, int limit) {
        return jdbc.sql("""
                select id, need_key, need_kind, chosen_source, chosen_ref, chosen_level, choice_kind, plan_id, note, chosen_by, chosen_at
                  from suggestion_choice where family_id = ? order by chosen_at desc, id limit ?
                """).params(familyId, limit)
                .query((rs, n) -> new ChoiceRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), Choice.Kind.valueOf(rs.getString(7)), Optional.ofNullable(rs.getObject(8, UUID.class)),
                        rs.getString(9), rs.getObject(10, UUID.class), rs.getTimestamp(11).toInstant()))
                .list();
    }
}
