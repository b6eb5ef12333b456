package nl.kring.plan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.kring.plan.PlanInput;
import nl.kring.plan.domain.Agreement;
import nl.kring.plan.domain.FamilyPart;
import nl.kring.plan.domain.PersonRef;
import nl.kring.plan.domain.ProfessionalPart;
import org.springframework.util.MultiValueMap;

/**
 * The plan page's forms, kept as typed so that a refused change shows again with everything the person
 * wrote. Rows are numbered fields ({@code agreement-0-what}); empty rows and rows marked for removal are
 * left out, and the rows are shown again in the same order so that an error names the row the person sees.
 */
public final class PlanForms {

    private static final Pattern ROW = Pattern.compile("^(agreement|condition|task|moment)-(\\d+)-.*");

    private PlanForms() {}

    public record AgreementRow(String id, List<String> persons, String what, String task, String supportType, String when, String how,
            String start, String end) {
        public boolean blank() {
            return persons.isEmpty() && what.isBlank() && when.isBlank() && how.isBlank();
        }

        public boolean names(String person) {
            return persons.contains(person);
        }

        public static AgreementRow empty() {
            return new AgreementRow("", List.of(), "", "", "", "", "", "", "");
        }
    }

    public record FamilyPartForm(int basedOnRevision, String question, String goingWell, String worries, String goals, List<AgreementRow> agreements,
            String safety, String whenThingsGoWrong, List<String> evaluationMoments, boolean overloadAcknowledged) {

        /** The same typed text, to be saved over the revision that is current now (after a conflict). */
        FamilyPartForm basedOn(int revision) {
            return new FamilyPartForm(revision, question, goingWell, worries, goals, agreements, safety, whenThingsGoWrong, evaluationMoments,
                    overloadAcknowledged);
        }

        /** The rows to show: those typed, plus one empty row to add an agreement or moment. */
        public List<AgreementRow> agreementRows() {
            var rows = new ArrayList<>(agreements);
            rows.add(AgreementRow.empty());
            return rows;
        }

        public List<String> momentRows() {
            var rows = new ArrayList<>(evaluationMoments);
            rows.add("");
            return rows;
        }

        PlanInput.FamilyPartInput input() {
            return new PlanInput.FamilyPartInput(question, goingWell, worries, goals, agreements.stream()
                    .map(a -> new PlanInput.AgreementInput(a.id(), a.persons().stream().map(PlanForms::person).toList(), a.what(), a.task(),
                            a.supportType(), a.when(), a.how(), a.start(), a.end()))
                    .toList(), safety, whenThingsGoWrong, evaluationMoments);
        }

        static FamilyPartForm of(FamilyPart part, int revision) {
            return new FamilyPartForm(revision, part.question(), part.goingWell(), part.worries(), part.goals(),
                    part.agreements().stream().map(PlanForms::row).toList(), part.safety(), part.whenThingsGoWrong(),
                    part.evaluationMoments().stream().map(Object::toString).toList(), false);
        }

        static FamilyPartForm from(MultiValueMap<String, String> params) {
            var agreements = new ArrayList<AgreementRow>();
            for (var i : rows(params, "agreement")) {
                var prefix = "agreement-" + i + "-";
                if (has(params, prefix + "remove")) {
                    continue;
                }
                var persons = params.getOrDefault(prefix + "persons", List.of()).stream().filter(p -> !p.isBlank()).toList();
                var row = new AgreementRow(text(params, prefix + "id"), persons, text(params, prefix + "what"), text(params, prefix + "task"),
                        text(params, prefix + "supportType"), text(params, prefix + "when"), text(params, prefix + "how"),
                        text(params, prefix + "start"), text(params, prefix + "end"));
                if (!row.blank()) {
                    agreements.add(row);
                }
            }
            var moments = new ArrayList<String>();
            for (var i : rows(params, "moment")) {
                var day = text(params, "moment-" + i + "-date");
                if (!day.isBlank() && !has(params, "moment-" + i + "-remove")) {
                    moments.add(day);
                }
            }
            return new FamilyPartForm(revision(params), text(params, "question"), text(params, "goingWell"), text(params, "worries"),
                    text(params, "goals"), agreements, text(params, "safety"), text(params, "whenThingsGoWrong"), moments,
                    has(params, "overloadAcknowledged"));
        }
    }

    public record ConditionRow(String id, String text, String author) {}

    public record TaskRow(String id, String description, String heldBy, String hoursPerMonth, String handOverTo, String handOverBy, String state) {
        public boolean blank() {
            return description.isBlank() && heldBy.isBlank() && handOverTo.isBlank();
        }
    }

    public record ProfessionalPartForm(int basedOnRevision, List<ConditionRow> conditions, List<TaskRow> tasks, String comment) {

        ProfessionalPartForm basedOn(int revision) {
            return new ProfessionalPartForm(revision, conditions, tasks, comment);
        }

        public List<ConditionRow> conditionRows() {
            var rows = new ArrayList<>(conditions);
            rows.add(new ConditionRow("", "", ""));
            return rows;
        }

        public List<TaskRow> taskRows() {
            var rows = new ArrayList<>(tasks);
            rows.add(new TaskRow("", "", "", "", "", "", "HELD"));
            return rows;
        }

        PlanInput.ProfessionalPartInput input() {
            return new PlanInput.ProfessionalPartInput(
                    conditions.stream().map(c -> new PlanInput.ConditionInput(c.id(), c.text())).toList(),
                    tasks.stream().map(t -> new PlanInput.TaskInput(t.id(), t.description(), t.heldBy(), t.hoursPerMonth(),
                            t.handOverTo().isBlank() ? null : person(t.handOverTo()), t.handOverBy(), t.state())).toList(),
                    comment);
        }

        static ProfessionalPartForm of(ProfessionalPart part, int revision) {
            return new ProfessionalPartForm(revision,
                    part.safetyConditions().stream().map(c -> new ConditionRow(c.id().toString(), c.text(), c.author())).toList(),
                    part.tasks().stream().map(t -> new TaskRow(t.id().toString(), t.description(), t.heldBy(),
                            Integer.toString(t.hoursPerMonth()), t.handOverTo().map(PlanForms::value).orElse(""),
                            t.handOverBy().map(Object::toString).orElse(""), t.state().name())).toList(),
                    part.comment());
        }

        static ProfessionalPartForm from(MultiValueMap<String, String> params) {
            var conditions = new ArrayList<ConditionRow>();
            for (var i : rows(params, "condition")) {
                var prefix = "condition-" + i + "-";
                var text = text(params, prefix + "text");
                if (!text.isBlank() && !has(params, prefix + "remove")) {
                    conditions.add(new ConditionRow(text(params, prefix + "id"), text, text(params, prefix + "author")));
                }
            }
            var tasks = new ArrayList<TaskRow>();
            for (var i : rows(params, "task")) {
                var prefix = "task-" + i + "-";
                var row = new TaskRow(text(params, prefix + "id"), text(params, prefix + "description"), text(params, prefix + "heldBy"),
                        text(params, prefix + "hoursPerMonth"), text(params, prefix + "handOverTo"), text(params, prefix + "handOverBy"),
                        text(params, prefix + "state"));
                if (!row.blank() && !has(params, prefix + "remove")) {
                    tasks.add(row);
                }
            }
            return new ProfessionalPartForm(revision(params), conditions, tasks, text(params, "comment"));
        }
    }

    /** The person a form chose ({@code mapId:personId}); anything else is refused naming {@code field}. */
    static PersonRef chosen(String value, String field) {
        var at = value == null ? -1 : value.indexOf(':');
        if (at < 0) {
            throw nl.kring.platform.web.Refusal.badInput("plan.error.unknownPerson", field);
        }
        return new PersonRef(nl.kring.platform.web.FormValues.uuid(value.substring(0, at), "plan.error.unknownPerson", field),
                value.substring(at + 1), "");
    }

    /** A person as a form sends it: {@code mapId:personId}. */
    static String value(PersonRef person) {
        return person.mapId() + ":" + person.personId();
    }

    private static AgreementRow row(Agreement a) {
        return new AgreementRow(a.id().toString(), a.persons().stream().map(PlanForms::value).toList(), a.what(),
                a.task().map(Enum::name).orElse(""), a.supportType() == null ? "" : a.supportType().name(), a.when(), a.how(),
                a.start() == null ? "" : a.start().toString(), a.end().map(Object::toString).orElse(""));
    }

    private static PlanInput.Person person(String value) {
        var at = value.indexOf(':');
        return at < 0 ? new PlanInput.Person("", value) : new PlanInput.Person(value.substring(0, at), value.substring(at + 1));
    }

    private static TreeSet<Integer> rows(Map<String, List<String>> params, String kind) {
        var rows = new TreeSet<Integer>();
        for (var key : params.keySet()) {
            var matcher = ROW.matcher(key);
            if (matcher.matches() && matcher.group(1).equals(kind) && matcher.group(2).length() < 4) {
                rows.add(Integer.parseInt(matcher.group(2)));
            }
        }
        return rows;
    }

    private static int revision(MultiValueMap<String, String> params) {
        try {
            return Integer.parseInt(text(params, "basedOnRevision"));
        } catch (NumberFormatException missing) {
            return -1;
        }
    }

    private static boolean has(MultiValueMap<String, String> params, String key) {
        return params.containsKey(key);
    }

    private static String text(MultiValueMap<String, String> params, String key) {
        var value = params.getFirst(key);
        return value == null ? "" : value;
    }
}
