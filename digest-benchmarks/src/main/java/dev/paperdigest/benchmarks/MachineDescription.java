package dev.paperdigest.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the figures were measured on: processors, memory, CPU model, JDK and the load when the run
 * started, read from /proc where the system has it.
 */
record MachineDescription(int processors, String memory, String cpu, String jdk, String load) {

  static MachineDescription current() {
    return new MachineDescription(
        Runtime.getRuntime().availableProcessors(),
        field("/proc/meminfo", "MemTotal")
            .map(MachineDescription::kilobytesToGigabytes)
            .orElse("unknown"),
        field("/proc/cpuinfo", "model name").orElse(System.getProperty("os.arch")),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        firstLine("/proc/loadavg")
            .map(line -> String.join(" ", List.of(line.split(" ")).subList(0, 3)))
            .orElse("unknown"));
  }

  String describe() {
    return String.format(
        Locale.ROOT,
        "Run %s%nMachine: %d processors, %s memory, %s%nJDK: %s%nLoad average at start (1, 5, 15"
            + " min): %s",
        ZonedDateTime.now()
            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
            .replaceFirst("\\.\\d+", ""),
        processors,
        memory,
        cpu,
        jdk,
        load);
  }

  private static Optional<String> field(String file, String name) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(name))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> firstLine(String file) {
    try {
      return Files.readAllLines(Path.of(file)).stream().findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String kilobytesToGigabytes(String value) {
    long kilobytes = Long.parseLong(value.replaceAll("[^0-9]", ""));
    return String.format(Locale.ROOT, "%.1f GiB", kilobytes / (1024.0 * 1024.0));
  }
}
