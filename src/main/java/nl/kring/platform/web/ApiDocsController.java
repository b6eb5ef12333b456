package nl.kring.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's documentation as an ordinary, accessible Kring page: every operation of the same OpenAPI description
 * that {@code /api/v1/openapi.json} serves, grouped by tag, with its parameters, body and answers. It replaces
 * Swagger UI, whose page fails the accessibility rules (contrast, nested controls, unlabelled selects).
 */
@Controller
class ApiDocsController {

    /** One parameter of an operation. */
    public record Parameter(String name, String in, boolean required, String type, String description) {}

    /** One answer of an operation. */
    public record Answer(String status, String description) {}

    /** One operation: method and path, what it does, what it takes and answers. */
    public record Operation(String id, String method, String path, String summary, List<Parameter> parameters, String body,
            List<Answer> answers, boolean needsToken) {}

    /** The operations under one tag. */
    public record Group(String id, String name, String description, List<Operation> operations) {}

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenApiWebMvcResource openApi;

    ApiDocsController(OpenApiWebMvcResource openApi) {
        this.openApi = openApi;
    }

    /** Where Swagger UI was: the same address leads to the page. */
    @GetMapping("/api/v1/docs")
    String explorer() {
        return "redirect:/api-docs";
    }

    @GetMapping("/api-docs")
    String page(HttpServletRequest request, Locale locale, Model model) throws Exception {
        var description = JSON.readTree(openApi.openapiJson(request, "/api/v1/openapi.json", locale));
        model.addAttribute("info", description.path("info"));
        model.addAttribute("groups", groups(description));
        return "api-docs";
    }

    static List<Group> groups(JsonNode description) {
        var tagDescriptions = new LinkedHashMap<String, String>();
        description.path("tags").forEach(tag -> tagDescriptions.put(tag.path("name").asString(""), tag.path("description").asString("")));
        var byTag = new LinkedHashMap<String, List<Operation>>();
        boolean tokenByDefault = !description.path("security").isEmpty();
        for (var path : description.path("paths").properties()) {
            for (var method : METHODS) {
                var operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                var tag = operation.path("tags").isEmpty() ? "API" : operation.path("tags").get(0).asString("API");
                byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(operation(method, path.getKey(), operation, tokenByDefault));
            }
        }
        var groups = new ArrayList<Group>();
        byTag.forEach((tag, operations) -> {
            operations.sort(java.util.Comparator.comparing(Operation::path).thenComparing(o -> METHODS.indexOf(o.method().toLowerCase(Locale.ROOT))));
            groups.add(new Group(anchor(tag), tag, tagDescriptions.getOrDefault(tag, ""), operations));
        });
        groups.sort(java.util.Comparator.comparing(Group::name));
        return groups;
    }

    private static Operation operation(String method, String path, JsonNode operation, boolean tokenByDefault) {
        var parameters = new ArrayList<Parameter>();
        operation.path("parameters").forEach(p -> parameters.add(new Parameter(p.path("name").asString(""), p.path("in").asString(""),
                p.path("required").asBoolean(false), type(p.path("schema")), p.path("description").asString(""))));
        var body = "";
        var content = operation.path("requestBody").path("content");
        if (!content.isMissingNode()) {
            var types = new ArrayList<String>();
            for (var entry : content.properties()) {
                types.add(entry.getKey() + " (" + type(entry.getValue().path("schema")) + ")");
            }
            body = String.join(", ", types);
        }
        var answers = new ArrayList<Answer>();
        for (var entry : operation.path("responses").properties()) {
            answers.add(new Answer(entry.getKey(), entry.getValue().path("description").asString("")));
        }
        var security = operation.path("security");
        boolean needsToken = security.isMissingNode() ? tokenByDefault : !security.isEmpty();
        var summary = operation.path("summary").asString(operation.path("description").asString(""));
        return new Operation(anchor(method + "-" + path), method.toUpperCase(Locale.ROOT), path, summary, parameters, body, answers, needsToken);
    }

    /** A schema as a reader recognises it: the name of a referenced schema, an array of it, or the plain type. */
    static String type(JsonNode schema) {
        if (schema.isMissingNode() || schema.isEmpty()) {
            return "–";
        }
        var ref = schema.path("$ref").asString("");
        if (!ref.isEmpty()) {
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        if (schema.path("type").asString("").equals("array")) {
            return type(schema.path("items")) + "[]";
        }
        var type = schema.path("type").asString("object");
        var format = schema.path("format").asString("");
        return format.isEmpty() ? type : type + " (" + format + ")";
    }

    private static String anchor(String text) {
        return "op-" + text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
