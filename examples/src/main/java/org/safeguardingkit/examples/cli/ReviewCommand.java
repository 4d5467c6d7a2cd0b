package org.safeguardingkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The {@code sgkit review} command: Review a behaviour log the way the Appendix A form asks.
 */
@Command(name = "review", mixinStandardHelpOptions = true, description = "Review a behaviour log the way the Appendix A form asks.")
public final class ReviewCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("sgkit review: not available yet");
        return SgkitCommand.USAGE;
    }
}
