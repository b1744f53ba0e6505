package io.devicestatus.app;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** How the user runs this program, for messages that say what to run next. */
final class Launcher {

    private Launcher() {}

    /**
     * {@code java -jar} with the jar these classes came from (relative to the working directory when inside it), or
     * {@code device-status} when they do not come from a jar (an IDE, a test, a distribution's own launcher).
     */
    static String command() {
        try {
            var source = DeviceStatusCommand.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return "device-status";
            }
            Path jar = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            if (!jar.getFileName().toString().endsWith(".jar")) {
                return "device-status";
            }
            Path here = Path.of("").toAbsolutePath();
            String shown = (jar.startsWith(here) ? here.relativize(jar) : jar).toString();
            return "java -jar " + (shown.contains(" ") ? "'" + shown + "'" : shown);
        } catch (URISyntaxException | RuntimeException unusual) {
            return "device-status"; // a class loader with odd locations: the generic name still helps
        }
    }
}
