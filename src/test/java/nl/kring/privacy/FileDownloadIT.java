package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.kring.support.Http;
import nl.kring.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** The right of access: the family downloads its whole file, readable and machine-readable. */
@IntegrationTest
class FileDownloadIT {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;

    UUID deWit() {
        return jdbc.sql("select id from family where name = 'Gezin De Wit (demo)'").query(UUID.class).single();
    }

    @Test
    void aParentWithAuthorityDownloadsTheWholeFileAsJson() {
        var response = Http.withToken(port, "demo-token-parent").get("/api/v1/families/" + deWit() + "/download.json");
        assertThat(response.statusCode()).isEqualTo(200);
        var file = JsonMapper.builder().build().readTree(response.body());
        assertThat(file.get("format").asString()).isEqualTo("kring-family-file");
        assertThat(file.get("members").valueStream().map(m -> m.get("givenName").asString())).contains("Noor", "Marieke");
        assertThat(file.get("networkMaps").size()).isGreaterThanOrEqualTo(2);
        assertThat(file.get("networkMaps").get(0).get("versions").get(0).get("format").asString()).isEqualTo("kring-network-map");
        assertThat(file.get("whoLooked").size()).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'FILE_EXPORT' and family_id = ?").param(deWit())
                .query(Long.class).single()).isPositive();
    }

    @Test
    void theYouthOfFourteenDownloadsAReadablePdf() throws Exception {
        var http = HttpClient.newHttpClient();
        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/families/" + deWit() + "/download.pdf"))
                .header("Authorization", "Bearer demo-token-youth").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), 0, 5)).isEqualTo("%PDF-");
        try (var reader = new PdfReader(response.body())) {
            var text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            assertThat(text.toString()).contains("Gezin De Wit (demo)", "Noor", "Netwerk van Noor (demo)");
        }
    }

    @Test
    void othersCannotDownloadTheFile() {
        assertThat(Http.withToken(port, "demo-token-professional").get("/api/v1/families/" + deWit() + "/download.json").statusCode())
                .as("the professional knows the file, but the right of access is the family's").isEqualTo(403);
        assertThat(Http.withToken(port, "demo-token-professional-other-team").get("/api/v1/families/" + deWit() + "/download.json").statusCode())
                .isEqualTo(404);
        assertThat(Http.withToken(port, "demo-token-network").get("/api/v1/families/" + deWit() + "/download.pdf").statusCode())
                .isEqualTo(404);
    }
}
