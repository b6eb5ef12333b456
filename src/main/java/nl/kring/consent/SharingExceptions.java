package nl.kring.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.kring.audit.AuditAction;
import nl.kring.audit.AuditRecord;
import nl.kring.consent.Sharing.ExceptionView;
import nl.kring.consent.Sharing.RecipientChoice;
import nl.kring.consent.Sharing.Refused;
import nl.kring.consent.domain.Category;
import nl.kring.consent.domain.SharingException;
import nl.kring.consent.store.SharingExceptionStore;
import nl.kring.family.FamilyFiles;
import nl.kring.family.domain.FamilyFile;
import nl.kring.family.domain.FamilyMember;
import nl.kring.identity.CurrentUser;
import org.springframework.stereotype.Service;

/**
 * Sharing without consent: only an assigned professional records it, only where a child's safety
 * requires it or a statutory measure is the basis, always with a written justification. The family sees
 * it on its "Delen" page and in "who looked at our file" — unless telling them would endanger the
 * child: then only the team's privacy officer sees the exception and the reads under it.
 */
@Service
public class SharingExceptions {

    public enum Action implements AuditAction {
        EXCEPTION_LIST,
        EXCEPTION_RECORD,
        EXCEPTION_END,
        HIDDEN_REVIEW;

        @Override
        public String code() {
            return name();
        }
    }

    public static final int MAX_JUSTIFICATION = 2000;

    private final FamilyFiles families;
    private final Sharing sharing;
    private final SharingExceptionStore store;
    private final Clock clock;

    public SharingExceptions(FamilyFiles families, Sharing sharing, SharingExceptionStore store, Clock clock) {
        this.families = families;
        this.sharing = sharing;
        this.store = store;
        this.clock = clock;
    }

    /**
     * An exception to record, as entered. {@code reason} is its code; {@code hiddenFromFamily} is allowed
     * only for a child's safety.
     */
    public record NewException(UUID subjectMemberId, String reason, String justification, RecipientChoice recipient, Set<String> categories,
            LocalDate start, Optional<LocalDate> end, boolean hiddenFromFamily) {}

    /** What an assigned professional sees: every exception of the file, hidden ones included. */
    public record Overview(FamilyFile family, List<ExceptionView> exceptions, List<FamilyMember> youths) {}

    /** What a privacy officer sees of one file: its name, the exceptions hidden from the family and the audit lines hidden with them. */
    public record HiddenOfFamily(UUID familyId, String familyName, List<ExceptionView> exceptions, List<AuditRecord> hiddenAudit) {}

    public Overview overview(CurrentUser user, UUID familyId) {
        return families.exceptions(user, familyId, Action.EXCEPTION_LIST, file -> {
            var now = clock.instant();
            var exceptions = store.ofFamily(familyId).stream().map(e -> Sharing.exceptionView(file, e, now)).toList();
            return new Overview(file, exceptions, file.youths());
        }, overview -> overview.exceptions().stream().map(e -> e.exception().id().toString()).toList(),
                // a family that sees no exception must not learn from its audit view that someone looks at a hidden one
                overview -> overview.exceptions().stream().anyMatch(e -> e.exception().hiddenFromFamily()));
    }

    /** An assigned professional records an exception; it counts at once. */
    public ExceptionView record(CurrentUser user, UUID familyId, NewException request) {
        return families.exceptions(user, familyId, Action.EXCEPTION_RECORD, file -> {
            var youth = file.youths().stream().filter(y -> y.id().equals(request.subjectMemberId())).findFirst()
                    .orElseThrow(() -> new Refused(400, "consent.error.subject", "subject"));
            SharingException.Reason reason;
            try {
                reason = SharingException.Reason.valueOf(request.reason() == null ? "" : request.reason().strip());
            } catch (IllegalArgumentException unknown) {
                throw new Refused(400, "exceptions.error.reason", "reason");
            }
            var justification = request.justification() == null ? "" : request.justification().strip();
            if (justification.isEmpty() || justification.length() > MAX_JUSTIFICATION) {
                throw new Refused(400, "exceptions.error.justification", "justification");
            }
            if (request.hiddenFromFamily() && reason != SharingException.Reason.CHILD_SAFETY) {
                throw new Refused(400, "exceptions.error.hidden", "hiddenFromFamily");
            }
            var recipient = sharing.recipient(file, request.recipient());
            var categories = new HashSet<Category>();
            for (var code : request.categories() == null ? Set.<String>of() : request.categories()) {
                categories.add(sharing.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                        .orElseThrow(() -> new Refused(400, "exceptions.error.categories", "categories")));
            }
            if (categories.isEmpty()) {
                throw new Refused(400, "exceptions.error.categories", "categories");
            }
            var start = request.start() == null ? families.today() : request.start();
            var end = request.end() == null ? Optional.<LocalDate>empty() : request.end();
            if (end.filter(start::isAfter).isPresent()) {
                throw new Refused(400, "consent.error.end", "end");
            }
            if (Sharing.subject(file, youth).isEmpty()) {
                throw new Refused(400, "exceptions.error.birthDate", "subject");
            }
            var exception = new SharingException(UUID.randomUUID(), youth.id(), reason, justification, user.accountId(), clock.instant(),
                    recipient, categories, start, end, request.hiddenFromFamily());
            store.insert(familyId, exception);
            return Sharing.exceptionView(file, new SharingExceptionStore.Stored(exception, Optional.empty(), Optional.empty()),
                    clock.instant());
        }, view -> List.of(view.exception().id().toString()), view -> view.exception().hiddenFromFamily());
    }

    /** An assigned professional ends an exception early: from this moment on it no longer counts. */
    public void end(CurrentUser user, UUID familyId, UUID exceptionId) {
        families.exceptions(user, familyId, Action.EXCEPTION_END, file -> {
            var stored = store.ofFamily(familyId).stream().filter(e -> e.exception().id().equals(exceptionId)).findFirst()
                    .orElseThrow(() -> new Refused(404, "error.notFound", null));
            if (!store.end(familyId, exceptionId, user.accountId(), clock.instant())) {
                throw new Refused(400, "exceptions.error.ended", null);
            }
            return stored.exception();
        }, exception -> List.of(exception.id().toString()), SharingException::hiddenFromFamily);
    }

    /**
     * For a privacy officer: per family of their team that has exceptions hidden from it, those
     * exceptions and the audit lines hidden with them. Each file's review passes the family module's
     * door and is audited (hidden from the family too); anyone else gets an empty list.
     */
    public List<HiddenOfFamily> hiddenForReview(CurrentUser user) {
        var candidates = families.filesToReview(user);
        var withHidden = store.withHiddenExceptions(candidates);
        var result = new ArrayList<HiddenOfFamily>();
        for (var familyId : candidates) {
            if (!withHidden.contains(familyId)) {
                continue;
            }
            result.add(families.reviewHidden(user, familyId, Action.HIDDEN_REVIEW, review -> {
                var now = clock.instant();
                var hidden = store.ofFamily(familyId).stream()
                        .filter(e -> e.exception().hiddenFromFamily())
                        .map(e -> Sharing.exceptionView(review.file(), e, now))
                        .toList();
                return new HiddenOfFamily(familyId, review.file().name(), hidden, review.hiddenAudit());
            }, review -> Stream.concat(review.exceptions().stream().map(e -> e.exception().id().toString()),
                    review.hiddenAudit().stream().map(r -> "audit:" + r.id())).toList()));
        }
        return result;
    }
}
