package nl.kring.network.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MapPngTest {

    @Test
    void aPngOfTheRequestedSize() throws Exception {
        byte[] png = MapPng.render(Fixtures.family(), SvgOptions.defaults(Fixtures.someLabels()::get), 600);
        var image = ImageIO.read(new ByteArrayInputStream(png));

        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(image.getWidth()).isEqualTo(600);
        assertThat(image.getHeight()).isEqualTo(600);
        // Corner: white paper. Just inside the outer circle on the right: its light green.
        assertThat(image.getRGB(2, 2) & 0xffffff).isEqualTo(0xffffff);
        assertThat(image.getRGB(300 + 240, 300 + 40) & 0xffffff).isEqualTo(0xdcefd6);
        saveForLooking("family.png", png);
    }

    @Test
    void theCentreIsDrawnInTheMiddle() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(MapPng.render(Fixtures.empty(), SvgOptions.defaults(Fixtures.KEYS), 240)));

        assertThat(image.getRGB(120, 120) & 0xffffff).isEqualTo(0x1d4f91);
    }

    @Test
    void emptyHostileAndLargeMapsDraw() throws Exception {
        for (var map : new nl.kring.network.domain.MapVersion[] {Fixtures.empty(), Fixtures.hostile(), Fixtures.large(150)}) {
            var image = ImageIO.read(new ByteArrayInputStream(MapPng.render(map, SvgOptions.defaults(Fixtures.KEYS), 256)));
            assertThat(image.getWidth()).isEqualTo(256);
        }
    }

    @Test
    void sizesOutsideTheLimitsAreRefused() {
        assertThatThrownBy(() -> MapPng.render(Fixtures.empty(), SvgOptions.defaults(Fixtures.KEYS), 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MapPng.render(Fixtures.empty(), SvgOptions.defaults(Fixtures.KEYS), 100_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFontShowsDutchAndTurkishLetters() {
        assertThat(MapFonts.awt().canDisplayUpTo("Zoë Müller, Ayşe Işık, İlknur Çağla Öztürk")).isEqualTo(-1);
    }

    /** Writes the file when -Dkring.render.out=DIR is given, to look at it; does nothing otherwise. */
    static void saveForLooking(String name, byte[] content) throws Exception {
        var dir = System.getProperty("kring.render.out");
        if (dir != null) {
            Files.write(Path.of(dir, name), content);
        }
    }
}
