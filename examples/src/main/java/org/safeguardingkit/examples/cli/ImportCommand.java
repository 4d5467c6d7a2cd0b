package org.safeguardingkit.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.safeguardingkit.core.json.ConcernLogWriter;
import org.safeguardingkit.examples.importer.ImportException;
import org.safeguardingkit.examples.importer.ImportMapping;
import org.safeguardingkit.examples.importer.ImportReport;
import org.safeguardingkit.examples.importer.MisImporter;
import org.safeguardingkit.examples.importer.PseudonymKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code sgkit import} command: turns an MIS export (CSV) into v1 JSON Lines following a YAML mapping, and
 * accounts for every row (stderr summary, {@code --report} JSON). Exit 1 if any row was rejected.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Import an MIS export (CSV) into v1 JSON Lines.",
            "Every row is imported or rejected with its row number, column and reason; the report never contains"
                    + " names or free text. Ids derived by keyed hash need the pseudonym key (--key-file or"
                    + " SGKIT_IMPORT_KEY)."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every row imported",
            "1:some rows rejected (all others imported)",
            "2:usage error: bad mapping, missing column, missing key, unreadable file"
        })
public final class ImportCommand implements Callable<Integer> {

    /** The most rejection (and warning) lines printed on stderr; the JSON report has them all. */
    static final int STDERR_LINES = 50;

    @Spec
    private CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The export (CSV).")
    private Path input;

    @Option(names = "--mapping", required = true, paramLabel = "FILE", description = "The mapping (YAML).")
    private Path mapping;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the records (JSON Lines);"
            + " standard output if absent.")
    private Path out;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the import report as JSON.")
    private Path report;

    @Option(names = "--key-file", paramLabel = "FILE", description = "The pseudonym key (HMAC) for derived ids;"
            + " default: the SGKIT_IMPORT_KEY environment variable.")
    private Path keyFile;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            ImportMapping m = ImportMapping.read(mapping);
            Optional<PseudonymKey> key = keyFile != null ? Optional.of(PseudonymKey.fromFile(keyFile))
                    : PseudonymKey.fromEnvironment(PseudonymKey.ENVIRONMENT_VARIABLE, System::getenv);
            MisImporter importer = MisImporter.of(m, key);
            ImportReport result;
            try (ConcernLogWriter log = ConcernLogWriter.of(output())) {
                result = importer.run(input, log::write);
            }
            err.print("sgkit import: " + result.summary(STDERR_LINES));
            err.flush();
            if (report != null) {
                Files.writeString(report, result.toJson() + "\n", StandardCharsets.UTF_8);
            }
            return result.isClean() ? SgkitCommand.OK : SgkitCommand.REJECTED;
        } catch (ImportException e) {
            err.println("sgkit import: " + e.getMessage());
            err.flush();
            return SgkitCommand.USAGE;
        } catch (IOException | UncheckedIOException e) {
            err.println("sgkit import: SGK-0716: cannot write the output: " + e.getMessage());
            err.flush();
            return SgkitCommand.USAGE;
        }
    }

    private Writer output() throws IOException {
        if (out == null) {
            return new OutputStreamWriter(new NonClosingOutput(System.out), StandardCharsets.UTF_8);
        }
        return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    }

    /** Standard output that is flushed, not closed, when the log writer closes. */
    private static final class NonClosingOutput extends java.io.FilterOutputStream {
        NonClosingOutput(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
