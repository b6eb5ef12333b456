package nl.kring.consent.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * All consents and sharing exceptions of one family, with the youths they are about: the object to
 * ask "may this recipient see this now?". Deny by default.
 *
 * <p>Each consent and exception is about one youth (its subject) and follows that youth's age. A
 * question about the whole family ({@link #decide}) is answered yes when any youth's consent or
 * exception allows it; for information about one youth only, ask {@link #about}{@code (youthId)} first.
 *
 * <p>What grants a disclosure, in order of preference:
 * <ol>
 *   <li>an effective consent covering the recipient and category: basis {@link DisclosureBasis.ByConsent},
 *       or {@link DisclosureBasis.ByMeasure} when a protection measure runs on that youth that day
 *       (voluntary consent is then not the legal basis, the measure is);</li>
 *   <li>an active {@link SharingException} covering them: basis {@link DisclosureBasis.ByException},
 *       preferring one the family may see.</li>
 * </ol>
 * Among several, the one that lasts longest is named (no end date first, then the latest end).
 *
 * @param rules the age rules in force
 * @param subjects the youths of the family that consents or exceptions are about
 */
public record FamilyConsents(ConsentAgeRules rules, List<Subject> subjects, List<Consent> consents, List<SharingException> exceptions) {

    private static final Comparator<Optional<LocalDate>> LATEST_END_FIRST =
            Comparator.comparing((Optional<LocalDate> end) -> end.orElse(LocalDate.MAX)).reversed();

    public FamilyConsents {
        Objects.requireNonNull(rules, "rules");
        subjects = List.copyOf(subjects);
        consents = List.copyOf(consents);
        exceptions = List.copyOf(exceptions);
        var known = new HashMap<UUID, Subject>();
        for (var subject : subjects) {
            if (known.put(subject.youthId(), subject) != null) {
                throw new IllegalArgumentException("youth " + subject.youthId() + " appears twice");
            }
        }
        for (var consent : consents) {
            requireKnown(known, consent.subjectId(), "consent " + consent.id());
        }
        for (var exception : exceptions) {
            requireKnown(known, exception.subjectId(), "exception " + exception.id());
        }
    }

    /** A family without consents or exceptions yet. */
    public static FamilyConsents none(ConsentAgeRules rules, List<Subject> subjects) {
        return new FamilyConsents(rules, subjects, List.of(), List.of());
    }

    /** The youth with this member id. */
    public Subject subject(UUID youthId) {
        return subjects.stream().filter(s -> s.youthId().equals(youthId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("youth " + youthId + " is not a subject of this family"));
    }

    /** Only the consents and exceptions about this youth: for information about that youth alone. */
    public FamilyConsents about(UUID youthId) {
        var subject = subject(youthId);
        return new FamilyConsents(rules, List.of(subject),
                consents.stream().filter(c -> c.subjectId().equals(youthId)).toList(),
                exceptions.stream().filter(e -> e.subjectId().equals(youthId)).toList());
    }

    /** The state of one of this family's consents at this moment. */
    public ConsentState stateOf(Consent consent, Instant moment) {
        return consent.stateAt(subject(consent.subjectId()), rules, moment);
    }

    /** The state of one of this family's consents at the end of this day. */
    public ConsentState stateOf(Consent consent, LocalDate day) {
        return stateOf(consent, DutchTime.endOf(day));
    }

    /** May this recipient see this category at this moment, and on what basis? */
    public Disclosure decide(Recipient recipient, Category category, Instant moment) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(category, "category");
        var day = DutchTime.dateOf(moment);
        Optional<DisclosureBasis> byConsent = consents.stream()
                .filter(c -> c.covers(recipient, category))
                .filter(c -> stateOf(c, moment).isEffective())
                .map(c -> subject(c.subjectId()).measureOn(day)
                        .<DisclosureBasis>map(measure -> new DisclosureBasis.ByMeasure(measure, c))
                        .orElseGet(() -> new DisclosureBasis.ByConsent(c)))
                .min(Comparator.comparing((DisclosureBasis b) -> b instanceof DisclosureBasis.ByMeasure)
                        .thenComparing(b -> consentOf(b).end(), LATEST_END_FIRST)
                        .thenComparing(b -> consentOf(b).start())
                        .thenComparing(b -> consentOf(b).id()));
        if (byConsent.isPresent()) {
            return new Disclosure.Disclosed(byConsent.orElseThrow());
        }
        return exceptions.stream()
                .filter(e -> e.covers(recipient, category))
                .filter(e -> e.isActiveAt(moment))
                .min(Comparator.comparing(SharingException::hiddenFromFamily)
                        .thenComparing(SharingException::end, LATEST_END_FIRST)
                        .thenComparing(SharingException::start)
                        .thenComparing(SharingException::id))
                .<Disclosure>map(e -> new Disclosure.Disclosed(new DisclosureBasis.ByException(e)))
                .orElse(Disclosure.NOT_DISCLOSED);
    }

    /** May this recipient see this category at the end of this day? For a live decision pass the moment. */
    public Disclosure decide(Recipient recipient, Category category, LocalDate day) {
        return decide(recipient, category, DutchTime.endOf(day));
    }

    /** Every category this recipient may see at this moment: exactly those for which {@link #decide} says yes. */
    public Set<Category> visibleCategories(Recipient recipient, Instant moment) {
        return Stream.concat(
                        consents.stream()
                                .filter(c -> c.recipient().sameAs(recipient))
                                .filter(c -> stateOf(c, moment).isEffective())
                                .flatMap(c -> c.categories().stream()),
                        exceptions.stream()
                                .filter(e -> e.recipient().sameAs(recipient))
                                .filter(e -> e.isActiveAt(moment))
                                .flatMap(e -> e.categories().stream()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Every category this recipient may see at the end of this day. */
    public Set<Category> visibleCategories(Recipient recipient, LocalDate day) {
        return visibleCategories(recipient, DutchTime.endOf(day));
    }

    /**
     * The consents that need an answer today because their youth turned 12 or 16: not withdrawn, not
     * expired, approved by the parents before the birthday, and not yet approved by the youth. Consents
     * that have not started yet are included, so that the youth is asked in time.
     */
    public List<TransitionDue> transitionsDue(LocalDate today) {
        var endOfToday = DutchTime.endOf(today);
        return consents.stream()
                .filter(c -> !c.isWithdrawnAt(endOfToday))
                .filter(c -> c.end().filter(today::isAfter).isEmpty())
                .flatMap(c -> {
                    var subject = subject(c.subjectId());
                    return c.pendingAt(subject, rules, endOfToday).stream().flatMap(pending -> switch (pending.reason()) {
                        case YOUTH_TURNED_12 -> Stream.of(new TransitionDue(c, pending.missing(), pending.reason(),
                                subject.birthdayOf(rules.youthJoinsAt())));
                        case YOUTH_TURNED_16 -> Stream.of(new TransitionDue(c, pending.missing(), pending.reason(),
                                subject.birthdayOf(rules.youthAloneFrom())));
                        case NOT_YET_APPROVED, NO_PARENT_WITH_AUTHORITY -> Stream.<TransitionDue>empty();
                    });
                })
                .toList();
    }

    /** The exceptions the family may be shown: all but those hidden for the child's safety. */
    public List<SharingException> exceptionsVisibleToFamily() {
        return exceptions.stream().filter(SharingException::isVisibleToFamily).toList();
    }

    private static Consent consentOf(DisclosureBasis basis) {
        return switch (basis) {
            case DisclosureBasis.ByConsent(var consent) -> consent;
            case DisclosureBasis.ByMeasure(var measure, var consent) -> consent;
            case DisclosureBasis.ByException e -> throw new IllegalArgumentException("not a consent basis");
        };
    }

    private static void requireKnown(Map<UUID, Subject> known, UUID youthId, String what) {
        if (!known.containsKey(youthId)) {
            throw new IllegalArgumentException(what + " is about youth " + youthId + ", who is not a subject of this family");
        }
    }
}
