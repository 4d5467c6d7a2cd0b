package org.safeguardingkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The {@code sgkit import} command: Import an MIS export (CSV) into v1 JSON Lines.
 */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import an MIS export (CSV) into v1 JSON Lines.")
public final class ImportCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("sgkit import: not available yet");
        return SgkitCommand.USAGE;
    }
}
