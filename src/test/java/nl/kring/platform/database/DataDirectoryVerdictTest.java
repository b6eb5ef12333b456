package nl.kring.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataDirectoryVerdictTest {

    static final Path DIRECTORY = Path.of("/home/someone/.kring/postgres");

    @Test
    void aDirectoryWithoutServerIsFree() {
        assertThat(DataDirectoryVerdict.judge(DIRECTORY, false, Optional.empty(), pid -> true)).isInstanceOf(DataDirectoryVerdict.Free.class);
    }

    @Test
    void aServerLeftBehindByAKilledKringIsAnOrphanToStop() {
        var pidFile = Optional.of(new PostmasterPid(4242, DIRECTORY));
        assertThat(DataDirectoryVerdict.judge(DIRECTORY, false, pidFile, pid -> pid == 4242)).isEqualTo(new DataDirectoryVerdict.Orphan(4242));
    }

    @Test
    void aStalePidFileOfADeadServerIsLeftToPostgres() {
        var pidFile = Optional.of(new PostmasterPid(4242, DIRECTORY));
        assertThat(DataDirectoryVerdict.judge(DIRECTORY, false, pidFile, pid -> false)).isInstanceOf(DataDirectoryVerdict.Free.class);
    }

    @Test
    void aServerOnAnotherDirectoryIsNeverStopped() {
        // a reused process id that now belongs to a server of someone else's directory
        var pidFile = Optional.of(new PostmasterPid(4242, Path.of("/var/lib/postgresql/data")));
        assertThat(DataDirectoryVerdict.judge(DIRECTORY, false, pidFile, pid -> true)).isInstanceOf(DataDirectoryVerdict.Free.class);
    }

    @Test
    void aDirectoryLockedByARunningKringIsInUseEvenWithALiveServer() {
        var pidFile = Optional.of(new PostmasterPid(4242, DIRECTORY));
        assertThat(DataDirectoryVerdict.judge(DIRECTORY, true, pidFile, pid -> true)).isInstanceOf(DataDirectoryVerdict.InUse.class);
    }

    @Test
    void thePidFileNamesProcessDirectoryAndPort() {
        var lines = List.of("4242", "/home/someone/.kring/postgres", "1764755200", "54321", "/tmp", "localhost", "  1234 5678", "ready   ");
        assertThat(PostmasterPid.parse(lines)).contains(new PostmasterPid(4242, DIRECTORY, 54321));
        // a server still writing its file has no port yet: the backup tool then does not connect to it
        assertThat(PostmasterPid.parse(List.of("4242", "/home/someone/.kring/postgres"))).contains(new PostmasterPid(4242, DIRECTORY, 0));
    }

    @Test
    void anIncompleteOrGarbledPidFileNamesNothing() {
        assertThat(PostmasterPid.parse(List.of("4242"))).isEmpty();
        assertThat(PostmasterPid.parse(List.of("not a number", "/x"))).isEmpty();
        assertThat(PostmasterPid.parse(List.of("-1", "/x"))).isEmpty();
        assertThat(PostmasterPid.parse(List.of())).isEmpty();
    }
}
