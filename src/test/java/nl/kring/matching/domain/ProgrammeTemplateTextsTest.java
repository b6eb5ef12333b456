package nl.kring.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every word a template and a criterion need is in the Dutch and the English bundle. */
class ProgrammeTemplateTextsTest {

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = ProgrammeTemplateTextsTest.class.getResourceAsStream("/" + name + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void templatesAndCriteriaHaveTheirTextsInBothLanguages() throws IOException {
        var keys = new ArrayList<String>();
        for (var template : ProgrammeTemplate.values()) {
            template.settings(key -> {
                keys.add(key);
                return "x";
            });
        }
        for (var criterion : MatchCriterion.values()) {
            keys.add(criterion.messageKey());
            keys.add(criterion.messageKey() + ".help");
        }
        for (var form : SupportForm.values()) {
            keys.add(form.messageKey());
        }
        for (var kind : RequirementKind.values()) {
            keys.add(kind.messageKey());
        }
        for (var name : new String[] {"messages-matching", "messages-matching_en"}) {
            var bundle = bundle(name);
            assertThat(keys).as(name).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(name + ": " + key).isNotBlank());
        }
    }
}
