package nl.kring.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.audit.AuditAction;
import nl.kring.audit.AuditEntry;
import nl.kring.audit.AuditLog;
import nl.kring.audit.AuditQuery;
import nl.kring.audit.AuditRecord;
import nl.kring.audit.Channel;
import nl.kring.audit.Outcome;
import nl.kring.identity.Accounts;
import nl.kring.identity.CurrentUser;
import nl.kring.platform.web.HttpRefusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An administrator's search of the whole audit log; the search itself is audited, without its terms. */
@Service
class AuditSearch {

    enum Action implements AuditAction {
        AUDIT_SEARCH;

        @Override
        public String code() {
            return name();
        }
    }

    private final AuditLog audit;
    private final Accounts accounts;

    AuditSearch(AuditLog audit, Accounts accounts) {
        this.audit = audit;
        this.accounts = accounts;
    }

    record Filters(String account, String family, String action, String outcome, String from, String until) {
        static Filters empty() {
            return new Filters("", "", "", "", "", "");
        }
    }

    @Transactional
    List<AuditRecord> search(CurrentUser admin, Filters filters, int limit) {
        var query = new AuditQuery(
                accountOf(filters.account()),
                uuid(filters.family(), "family"),
                text(filters.action()).map(s -> s.toUpperCase(java.util.Locale.ROOT)),
                text(filters.outcome()).map(AuditSearch::outcome),
                date(filters.from(), "from").map(d -> d.atStartOfDay(ZoneId.systemDefault()).toInstant()),
                date(filters.until(), "until").map(d -> d.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()),
                limit);
        var found = audit.search(query);
        audit.record(new AuditEntry(Optional.of(admin.accountId()), admin.roleCodes(), Optional.empty(), List.of(),
                Action.AUDIT_SEARCH, Channel.current(), Outcome.ALLOWED));
        return found;
    }

    /** An account filter may be a username or an account id. */
    private Optional<UUID> accountOf(String value) {
        var text = text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.get()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.of(accounts.findByUsername(text.get()).map(a -> a.id())
                    .orElseThrow(() -> new BadFilter("account")));
        }
    }

    private static Optional<String> text(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<UUID> uuid(String value, String field) {
        try {
            return text(value).map(UUID::fromString);
        } catch (IllegalArgumentException e) {
            throw new BadFilter(field);
        }
    }

    private static Optional<LocalDate> date(String value, String field) {
        try {
            return text(value).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new BadFilter(field);
        }
    }

    private static Outcome outcome(String value) {
        try {
            return Outcome.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadFilter("outcome");
        }
    }

    static class BadFilter extends RuntimeException implements HttpRefusal {
        private final String field;

        BadFilter(String field) {
            super("bad audit filter: " + field);
            this.field = field;
        }

        @Override
        public String field() {
            return field;
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String messageKey() {
            return "audit.error." + field;
        }
    }
}
