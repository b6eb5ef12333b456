package nl.kring.network.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import nl.kring.network.domain.AgeBand;
import nl.kring.network.domain.CentreTie;
import nl.kring.network.domain.Circle;
import nl.kring.network.domain.EntryKind;
import nl.kring.network.domain.Factor;
import nl.kring.network.domain.Gender;
import nl.kring.network.domain.Labelled;
import nl.kring.network.domain.Sector;
import nl.kring.network.domain.SignalCode;
import nl.kring.network.domain.SupportDirection;
import nl.kring.network.domain.SupportLevel;
import nl.kring.network.domain.SupportType;
import nl.kring.network.io.Expected;
import nl.kring.network.io.MapFormatError;
import org.junit.jupiter.api.Test;

class NetworkMessagesTest {

    private static final Locale DUTCH = Locale.of("nl");
    private final NetworkMessages messages = new NetworkMessages();

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = NetworkMessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** Every key the code asks for. */
    private static List<String> keysInCode() {
        var keys = new ArrayList<String>();
        Stream.of(Sector.values(), Circle.values(), SupportType.values(), SupportDirection.values(),
                        CentreTie.values(), Gender.values(), EntryKind.values(), SupportLevel.values(),
                        Factor.values(), AgeBand.values())
                .flatMap(Stream::of)
                .map(Labelled::messageKey)
                .forEach(keys::add);
        Stream.of(SupportType.values()).map(SupportType::descriptionKey).forEach(keys::add);
        Stream.of(SupportLevel.values()).map(SupportLevel::descriptionKey).forEach(keys::add);
        for (SignalCode code : SignalCode.values()) {
            keys.add(code.titleKey());
            keys.add(code.explanationKey());
        }
        Stream.of(MapFormatError.values()).map(MapFormatError::messageKey).forEach(keys::add);
        Stream.of(Expected.values()).map(Expected::messageKey).forEach(keys::add);
        keys.add("network.error.title");
        keys.add("network.error.TOO_COMPLEX");
        return keys;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("messages-network_en.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(bundle("messages-network.properties").keySet());
    }

    @Test
    void everyCodeHasATextInBothLanguages() throws IOException {
        for (String name : List.of("messages-network.properties", "messages-network_en.properties")) {
            assertThat(bundle(name).stringPropertyNames()).as(name).containsAll(keysInCode());
        }
    }

    @Test
    void everyTextIsAValidMessageFormatWithoutStrayApostrophes() throws IOException {
        for (String name : List.of("messages-network.properties", "messages-network_en.properties")) {
            var bundle = bundle(name);
            for (String key : bundle.stringPropertyNames()) {
                String pattern = bundle.getProperty(key);
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"a", "b", "c"});
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
                assertThat(formatted).as(key).isNotBlank();
            }
        }
    }

    @Test
    void signalsAreExplainedInTheLanguageAskedFor() {
        var title = SignalCode.SINGLE_CONNECTOR.titleKey();
        assertThat(messages.get(title, DUTCH)).isEqualTo("Eén persoon houdt het netwerk bij elkaar");
        assertThat(messages.get(title, Locale.ENGLISH)).isEqualTo("One person holds the network together");
        assertThat(messages.get(title, Locale.UK)).isEqualTo("One person holds the network together");
    }

    @Test
    void anyOtherLanguageGetsDutch() {
        assertThat(messages.get(SignalCode.TURNING_18.titleKey(), Locale.GERMAN)).isEqualTo("Binnenkort 18 jaar");
    }

    @Test
    void errorsNameTheField() {
        assertThat(messages.get(MapFormatError.REQUIRED.messageKey(), DUTCH, "persons[3].angle"))
                .isEqualTo("persons[3].angle ontbreekt of is leeg.");
        assertThat(messages.get(SignalCode.SUPPORT_ONLY_FROM_PROFESSIONALS.explanationKey(), Locale.ENGLISH))
                .contains("family's own network");
    }
}
