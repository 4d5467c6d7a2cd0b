package org.safeguardingkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * The {@code sgkit taxonomy} command: List, validate and compare category taxonomies.
 */
@Command(name = "taxonomy", mixinStandardHelpOptions = true, description = "List, validate and compare category taxonomies.")
public final class TaxonomyCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        System.err.println("sgkit taxonomy: not available yet");
        return SgkitCommand.USAGE;
    }
}
