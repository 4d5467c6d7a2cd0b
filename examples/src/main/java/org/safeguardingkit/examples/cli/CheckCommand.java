package org.safeguardingkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The {@code sgkit check} command: Check records against the recording-quality rules.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Check records against the recording-quality rules.")
public final class CheckCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("sgkit check: not available yet");
        return SgkitCommand.USAGE;
    }
}
