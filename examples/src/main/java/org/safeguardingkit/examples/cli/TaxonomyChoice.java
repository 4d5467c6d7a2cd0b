package org.safeguardingkit.examples.cli;

import java.io.PrintWriter;
import org.safeguardingkit.categories.Taxonomy;
import picocli.CommandLine.Option;

/** The {@code --taxonomy ID|FILE} option the taxonomy subcommands share (a picocli mixin). */
final class TaxonomyChoice {

    @Option(names = {"-t", "--taxonomy"}, paramLabel = "ID|FILE", defaultValue = Taxonomy.SGKIT_DEFAULT,
            description = "A reference taxonomy id (sgkit-default, dfe-cin-factors) or a JSON/YAML file. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String idOrFile;

    /**
     * Loads the chosen taxonomy.
     *
     * @param err where problems are reported
     * @return the taxonomy, or null when it cannot be loaded (the problems are on {@code err})
     */
    Taxonomy load(PrintWriter err) {
        return TaxonomyCommand.load(idOrFile, err);
    }
}
