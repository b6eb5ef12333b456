package nl.kring.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.network.domain.SupportType;
import nl.kring.plan.domain.Agreement;
import nl.kring.plan.domain.FamilyPart;
import nl.kring.plan.domain.PersonRef;
import nl.kring.plan.domain.ProfessionalPart;
import nl.kring.plan.domain.ProfessionalTask;
import nl.kring.plan.domain.SafetyCondition;
import nl.kring.plan.domain.TaskLabel;
import nl.kring.platform.web.FormValues;

/**
 * A plan's parts as a form or the API sends them: text as typed, dates as {@code YYYY-MM-DD}, kinds as
 * their codes. Turned into the domain here, for both, so that a wrong value gets the same translated
 * 400 naming the same field on the page and in the API.
 */
public final class PlanInput {

    private PlanInput() {}

    /** A person from the map: {@code mapId} and the person's id on it. */
    public record Person(String mapId, String personId) {}

    public record AgreementInput(String id, List<Person> persons, String what, String task, String supportType, String when, String how,
            String start, String end) {}

    public record FamilyPartInput(String question, String goingWell, String worries, String goals, List<AgreementInput> agreements,
            String safety, String whenThingsGoWrong, List<String> evaluationMoments) {}

    public record ConditionInput(String id, String text) {}

    public record TaskInput(String id, String description, String heldBy, String hoursPerMonth, Person handOverTo, String handOverBy,
            String state) {}

    public record ProfessionalPartInput(List<ConditionInput> safetyConditions, List<TaskInput> tasks, String comment) {}

    /** A participant's own note on an agreement: the person on the map and what they say. */
    public record ParticipantInput(String mapId, String personId, String note) {}

    public record MarkInput(String agreementId, String mark, String note, List<ParticipantInput> participants) {
        public MarkInput(String agreementId, String mark, String note) {
            this(agreementId, mark, note, List.of());
        }
    }

    public record EvaluationInput(String heldOn, List<MarkInput> marks, String whatChanges) {}

    public static nl.kring.plan.domain.Evaluation evaluation(EvaluationInput input) {
        var marks = new ArrayList<nl.kring.plan.domain.Evaluation.AgreementMark>();
        var given = input.marks() == null ? List.<MarkInput>of() : input.marks();
        for (int i = 0; i < given.size(); i++) {
            var m = given.get(i);
            var field = "marks[" + i + "]";
            if (m == null || blank(m.agreementId())) {
                throw PlanRefusal.badInput("plan.error.unknownAgreement", field + ".agreementId");
            }
            if (blank(m.mark())) {
                throw PlanRefusal.badInput("plan.error.mark", field + ".mark");
            }
            var participants = new ArrayList<nl.kring.plan.domain.Evaluation.ParticipantNote>();
            var saying = m.participants() == null ? List.<ParticipantInput>of() : m.participants();
            for (int j = 0; j < saying.size(); j++) {
                var p = saying.get(j);
                var at = field + ".participants[" + j + "]";
                if (p == null || blank(p.personId())) {
                    throw PlanRefusal.badInput("plan.error.unknownPerson", at + ".personId");
                }
                participants.add(new nl.kring.plan.domain.Evaluation.ParticipantNote(
                        new PersonRef(id(p.mapId(), at + ".mapId"), p.personId().strip(), ""), p.note()));
            }
            marks.add(new nl.kring.plan.domain.Evaluation.AgreementMark(id(m.agreementId(), field + ".agreementId"),
                    enumOf(nl.kring.plan.domain.Evaluation.Mark.class, m.mark(), "plan.error.mark", field + ".mark"), m.note(), participants));
        }
        var day = day(input.heldOn(), "heldOn").orElseThrow(() -> PlanRefusal.badInput("plan.error.date", "heldOn"));
        return new nl.kring.plan.domain.Evaluation(UUID.randomUUID(), day, marks, input.whatChanges());
    }

    public static FamilyPart familyPart(FamilyPartInput input) {
        var agreements = new ArrayList<Agreement>();
        var given = input.agreements() == null ? List.<AgreementInput>of() : input.agreements();
        for (int i = 0; i < given.size(); i++) {
            var a = given.get(i);
            var field = "agreements[" + i + "]";
            if (a == null) {
                throw PlanRefusal.badInput("plan.error.agreementWhat", field);
            }
            var persons = new ArrayList<PersonRef>();
            var named = a.persons() == null ? List.<Person>of() : a.persons();
            for (var person : named) {
                persons.add(person(person, field + ".persons"));
            }
            agreements.add(new Agreement(id(a.id(), field + ".id"), persons, a.what(),
                    blank(a.task()) ? Optional.empty() : Optional.of(enumOf(TaskLabel.class, a.task(), "plan.error.task", field + ".task")),
                    blank(a.supportType()) ? null : enumOf(SupportType.class, a.supportType(), "plan.error.agreementSupportType",
                            field + ".supportType"),
                    a.when(), a.how(), day(a.start(), field + ".start").orElse(null), day(a.end(), field + ".end")));
        }
        var moments = new ArrayList<LocalDate>();
        var days = input.evaluationMoments() == null ? List.<String>of() : input.evaluationMoments();
        for (int i = 0; i < days.size(); i++) {
            day(days.get(i), "evaluationMoments[" + i + "]").ifPresent(moments::add);
        }
        return new FamilyPart(input.question(), input.goingWell(), input.worries(), input.goals(), agreements, input.safety(),
                input.whenThingsGoWrong(), moments);
    }

    /**
     * The professionals' part; a condition keeps the author it had, a new one gets {@code author}.
     */
    public static ProfessionalPart professionalPart(ProfessionalPartInput input, ProfessionalPart before, String author) {
        var conditions = new ArrayList<SafetyCondition>();
        var given = input.safetyConditions() == null ? List.<ConditionInput>of() : input.safetyConditions();
        for (int i = 0; i < given.size(); i++) {
            var c = given.get(i);
            if (c == null) {
                continue;
            }
            var id = id(c.id(), "safetyConditions[" + i + "].id");
            var kept = before.safetyConditions().stream().filter(old -> old.id().equals(id)).findFirst();
            conditions.add(new SafetyCondition(id, c.text(), kept.map(SafetyCondition::author).orElse(author)));
        }
        var tasks = new ArrayList<ProfessionalTask>();
        var taskInputs = input.tasks() == null ? List.<TaskInput>of() : input.tasks();
        for (int i = 0; i < taskInputs.size(); i++) {
            var t = taskInputs.get(i);
            var field = "tasks[" + i + "]";
            if (t == null) {
                continue;
            }
            int hours;
            try {
                hours = blank(t.hoursPerMonth()) ? 0 : Integer.parseInt(t.hoursPerMonth().strip());
            } catch (NumberFormatException notANumber) {
                throw PlanRefusal.badInput("plan.error.hours", field + ".hoursPerMonth");
            }
            if (hours < 0 || hours > 744) {
                throw PlanRefusal.badInput("plan.error.hours", field + ".hoursPerMonth");
            }
            var to = t.handOverTo() == null || blank(t.handOverTo().personId()) ? Optional.<PersonRef>empty()
                    : Optional.of(person(t.handOverTo(), field + ".handOverTo"));
            tasks.add(new ProfessionalTask(id(t.id(), field + ".id"), t.description(), t.heldBy(), hours, to,
                    day(t.handOverBy(), field + ".handOverBy"),
                    blank(t.state()) ? ProfessionalTask.HandOverState.HELD
                            : enumOf(ProfessionalTask.HandOverState.class, t.state(), "plan.error.taskState", field + ".state")));
        }
        return new ProfessionalPart(conditions, tasks, input.comment());
    }

    private static PersonRef person(Person person, String field) {
        if (person == null || blank(person.mapId()) || blank(person.personId())) {
            throw PlanRefusal.badInput("plan.error.unknownPerson", field);
        }
        return new PersonRef(FormValues.uuid(person.mapId(), "plan.error.unknownPerson", field), person.personId().strip(), "");
    }

    private static UUID id(String id, String field) {
        if (blank(id)) {
            return UUID.randomUUID();
        }
        return FormValues.uuid(id, "plan.error.id", field);
    }

    /** A day as {@code YYYY-MM-DD}, or empty when nothing was given; a wrong one is refused naming the field. */
    public static Optional<LocalDate> day(String text, String field) {
        return FormValues.optionalDate(text, "plan.error.date", field);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code, String messageKey, String field) {
        try {
            return Enum.valueOf(type, code.strip());
        } catch (IllegalArgumentException unknown) {
            throw PlanRefusal.badInput(messageKey, field);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
