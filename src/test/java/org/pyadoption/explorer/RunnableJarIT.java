package org.pyadoption.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/**
 * Starts the runnable jar that {@code mvn package} built, headless, with {@code --startup-report}: proves that it
 * holds everything the app needs to show its window and load the data. Monocle (a test dependency) stands in
 * for a display, so it goes on the classpath beside the jar and the jar's Main-Class is named explicitly.
 */
class RunnableJarIT {

    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");

    @Test
    void startsHeadlessAndReportsItsStartup() throws Exception {
        Path jar = Path.of(System.getProperty("runnable.jar", "target/runnable-jar-not-set.jar"));
        assertThat(jar).as("the runnable jar").isRegularFile();
        String mainClass = mainClassOf(jar);
        assertThat(mainClass).isEqualTo(Launcher.class.getName());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HEADLESS);
        command.add("-Djava.util.prefs.userRoot=" + Files.createTempDirectory("prefs"));
        command.addAll(List.of("-cp", jar + File.pathSeparator + monocleJar(), mainClass, "--startup-report"));
        Path log = Files.createTempFile("runnable-jar", ".log");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        boolean exited = app.waitFor(90, TimeUnit.SECONDS);
        if (!exited) {
            app.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        System.out.println(output);

        assertThat(exited).as("exited within 90 s; output:%n%s", output).isTrue();
        assertThat(app.exitValue()).as("exit status; output:%n%s", output).isZero();
        assertThat(output).containsPattern("(?m)^first frame: \\d+ ms$").containsPattern("(?m)^data loaded: \\d+ ms$");
    }

    private static String mainClassOf(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest().getMainAttributes().getValue(Attributes.Name.MAIN_CLASS);
        }
    }

    private static Path monocleJar() throws Exception {
        URL factory = ClassLoader.getSystemResource("com/sun/glass/ui/monocle/HeadlessPlatformFactory.class");
        assertThat(factory).as("Monocle on the test classpath").isNotNull();
        return Path.of(((JarURLConnection) factory.openConnection()).getJarFileURL().toURI());
    }
}
