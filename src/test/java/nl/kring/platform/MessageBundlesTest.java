package nl.kring.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Dutch and in English, and none is empty. */
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "messages-network", "messages-retention", "messages-shared", "messages-exceptions", "messages-lifecycle",
            "messages-mail", "messages-invitation", "messages-second-factor", "messages-intake", "messages-plan", "messages-matching", "messages-catalogue"})
    void dutchAndEnglishHaveTheSameTexts(String bundle) throws IOException {
        var dutch = load(bundle);
        var english = load(bundle + "_en");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        dutch.forEach((key, value) -> assertThat(value.toString()).as("nl " + key).isNotBlank());
        english.forEach((key, value) -> assertThat(value.toString()).as("en " + key).isNotBlank());
    }
}
