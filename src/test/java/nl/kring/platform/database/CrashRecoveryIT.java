package nl.kring.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.kring.identity.AccessTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kring killed hard ({@code kill -9}, as an out-of-memory kill or a crash does) while notes are being
 * written, then started once more on the same embedded data: it comes up by itself, every note that
 * was acknowledged (201) is there, and the embedded server runs durable (fsync, synchronous commit).
 * Kring runs as a child JVM from the test's own classpath, with the production settings (no test profile).
 */
class CrashRecoveryIT {

    static final String TOKEN = "Bearer " + AccessTokens.DEMO_PREFIX + "professional";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<Process> started = new ArrayList<>();

    @TempDir Path work;

    @AfterEach
    void stopEverything() throws Exception {
        for (var process : started) {
            if (process.isAlive()) {
                process.destroy(); // a normal stop: Kring stops its embedded server on the way out
                if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        }
        // a server of a killed run that the restart did not stop would hold the directory: stop it too
        PostmasterPid.parse(readLines(work.resolve("data/" + DataDirectoryGuard.PID_FILE)))
                .flatMap(pid -> ProcessHandle.of(pid.pid())).ifPresent(ProcessHandle::destroy);
    }

    @Test
    void aKilledKringStartsAgainWithEveryAcknowledgedWrite() throws Exception {
        var data = work.resolve("data");
        var first = start(data, "first");
        var family = firstFamily(first.port());

        // four writers add notes until Kring dies under them; only 201 answers count as acknowledged
        var acknowledged = ConcurrentHashMap.<String>newKeySet();
        var writing = new AtomicBoolean(true);
        var writers = new ArrayList<Thread>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(Thread.ofPlatform().start(() -> write(first.port(), family, writer, writing, acknowledged)));
        }
        Thread.sleep(3_000);
        first.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs
        writing.set(false);
        for (var writer : writers) {
            writer.join(15_000);
        }
        assertThat(acknowledged).as("notes acknowledged before the kill").isNotEmpty();
        var orphan = PostmasterPid.parse(Files.readAllLines(data.resolve(DataDirectoryGuard.PID_FILE))).orElseThrow();
        assertThat(ProcessHandle.of(orphan.pid()).map(ProcessHandle::isAlive)).as("the server outlived the killed Kring").contains(true);

        // one start is enough: the server left behind is stopped, a new one starts on the same data
        var second = start(data, "second");
        assertThat(ProcessHandle.of(orphan.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        var notes = get(second.port(), "/api/v1/families/" + family + "/notes").body();
        for (var text : acknowledged) {
            assertThat(notes).as("acknowledged note %s", text).contains(text);
        }

        var running = PostmasterPid.parse(Files.readAllLines(data.resolve(DataDirectoryGuard.PID_FILE))).orElseThrow();
        var port = Files.readAllLines(data.resolve(DataDirectoryGuard.PID_FILE)).get(3).strip();
        try (var connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
                var statement = connection.createStatement()) {
            for (var setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                try (var result = statement.executeQuery("show " + setting)) {
                    result.next();
                    assertThat(result.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
        assertThat(running.pid()).isNotEqualTo(orphan.pid());
    }

    @Test
    void aDirectoryInUseByARunningKringIsRefusedInOneClearLine() throws Exception {
        var data = work.resolve("data");
        start(data, "running");
        var refused = launch(data, freePort(), "refused");
        assertThat(refused.process().waitFor(180, java.util.concurrent.TimeUnit.SECONDS)).as("the second Kring stops").isTrue();
        assertThat(refused.process().exitValue()).isNotZero();
        var log = Files.readString(refused.log());
        assertThat(log).contains("Another Kring that is still running uses the embedded database in " + data)
                .contains("KRING_DATA_DIR")
                .doesNotContain("\tat io.zonky");
    }

    private void write(int port, String family, int writer, AtomicBoolean writing, Set<String> acknowledged) {
        for (int n = 0; writing.get(); n++) {
            var text = "Notitie " + writer + "-" + n + " (test)";
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/families/" + family + "/notes"))
                        .header("Authorization", TOKEN).header("Content-Type", "application/json").timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + text + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(text);
                }
            } catch (IOException | InterruptedException gone) {
                return; // Kring was killed under this request: it was never acknowledged
            }
        }
    }

    private String firstFamily(int port) throws Exception {
        var families = get(port, "/api/v1/families");
        assertThat(families.statusCode()).isEqualTo(200);
        // the open demo file the demo professional is assigned to (not a closed one, which is read-only)
        for (var file : JsonMapper.builder().build().readTree(families.body())) {
            if (file.path("name").asString().startsWith("Gezin De Wit")) {
                return file.path("id").asString();
            }
        }
        throw new AssertionError("no demo file Gezin De Wit in " + families.body());
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", TOKEN)
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    record Kring(Process process, int port, Path log) {}

    private Kring start(Path data, String name) throws Exception {
        var kring = launch(data, freePort(), name);
        var deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(kring.process().isAlive()).as("Kring %s is running; its log:%n%s", name, Files.readString(kring.log())).isTrue();
            try {
                var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + kring.port() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return kring;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Kring " + name + " did not start within 4 minutes; its log:\n" + Files.readString(kring.log()));
    }

    private Kring launch(Path data, int port, String name) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var log = work.resolve(name + ".log");
        var builder = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"), "nl.kring.KringApplication",
                "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("KRING_DATA_DIR", data.toString());
        builder.environment().put("KRING_DEMO", "true");
        builder.environment().remove("KRING_DB_URL");
        builder.environment().remove("SPRING_PROFILES_ACTIVE");
        var process = builder.start();
        started.add(process);
        return new Kring(process, port, log);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
