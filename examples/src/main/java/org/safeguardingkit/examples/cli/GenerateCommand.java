package org.safeguardingkit.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguardingkit.examples.generate.Gap;
import org.safeguardingkit.examples.generate.Plant;
import org.safeguardingkit.examples.generate.PlantedPatterns;
import org.safeguardingkit.examples.generate.SyntheticLog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code sgkit generate} command: writes a synthetic, FICTIONAL school log as v1 JSON Lines.
 *
 * <pre>
 * sgkit generate --pupils 600 --days 320 --seed 7 --plant peer-group,hotspot --gap locations --out log.jsonl
 * </pre>
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Generate a synthetic, FICTIONAL school behaviour and safeguarding log (v1 JSON Lines).",
            "The same seed and options always give the same log."})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--pupils", defaultValue = "600", description = "Pupils on roll (default: ${DEFAULT-VALUE}).")
    private int pupils;

    @Option(names = "--days", defaultValue = "320", description = "Calendar days covered (default: ${DEFAULT-VALUE}).")
    private int days;

    @Option(names = "--records", defaultValue = "0",
            description = "Exact number of records; default: about 3 per 100 pupils per school day.")
    private long records;

    @Option(names = "--seed", defaultValue = "1", description = "Seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--start", description = "First day, ISO date (default: 2025-09-01).")
    private LocalDate start;

    @Option(names = "--plant", split = ",", paramLabel = "PATTERN",
            description = "Patterns to plant: peer-group, hotspot, escalating, spike.")
    private List<String> plants = new ArrayList<>();

    @Option(names = "--gap", split = ",", paramLabel = "GAP",
            description = "Gaps to leave: locations, hsb, lower-level-hsb, safeguarding, actions, action-owners, "
                    + "other-pupils, child-voice, wider-responses.")
    private List<String> gaps = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    private Path out;

    @Override
    public Integer call() throws IOException {
        SyntheticLog.Builder builder = SyntheticLog.builder();
        try {
            builder.pupils(pupils).days(days).records(records).seed(seed);
            if (start != null) {
                builder.start(start);
            }
            for (String p : plants) {
                builder.plant(Plant.parse(p));
            }
            for (String g : gaps) {
                builder.gap(Gap.parse(g));
            }
        } catch (IllegalArgumentException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sgkit generate: " + e.getMessage());
            err.flush();
            return SgkitCommand.USAGE;
        }
        SyntheticLog log = builder.build();
        Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16) {
                    @Override
                    public void close() throws IOException {
                        flush(); // never close standard output
                    }
                }
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        long written = log.writeTo(writer);
        PrintWriter err = spec.commandLine().getErr();
        err.println("sgkit generate: " + written + " fictional records" + (out == null ? "" : " written to " + out)
                + " (seed " + seed + ")");
        describe(log.planted(), err);
        err.flush();
        return SgkitCommand.OK;
    }

    private static void describe(PlantedPatterns planted, PrintWriter err) {
        if (!planted.peerGroup().isEmpty()) {
            err.println("  planted peer group: " + planted.peerGroup());
        }
        planted.hotspot().ifPresent(h -> err.println("  planted hotspot: " + h));
        planted.escalating().ifPresent(p -> err.println("  planted escalating pupil: " + p));
        planted.spikeCategory().ifPresent(c -> err.println("  planted spike: " + c + " in the week of "
                + planted.spikeWeek().map(LocalDate::toString).orElse("?")));
    }
}
