package org.safeguardingkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The {@code sgkit generate} command: Generate a synthetic, fictional school log.
 */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate a synthetic, fictional school log.")
public final class GenerateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("sgkit generate: not available yet");
        return SgkitCommand.USAGE;
    }
}
