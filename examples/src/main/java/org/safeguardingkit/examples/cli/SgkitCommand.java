package org.safeguardingkit.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code sgkit} command line: check records, review a behaviour log, import MIS exports, work with taxonomies
 * and generate synthetic logs.
 *
 * <p>Exit codes: 0 ok, 1 some input rejected (everything else processed), 2 usage error. Errors go to stderr,
 * results to stdout or {@code --out}.
 */
@Command(name = "sgkit",
        mixinStandardHelpOptions = true,
        versionProvider = SgkitCommand.Version.class,
        description = "Safeguarding Kit: recording-quality checks and the Appendix A behaviour log review.",
        subcommands = {
            CheckCommand.class,
            ReviewCommand.class,
            ImportCommand.class,
            TaxonomyCommand.class,
            GenerateCommand.class,
            CommandLine.HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:some input was rejected (all else processed)",
            "2:usage error"
        })
public final class SgkitCommand implements Callable<Integer> {

    /** Exit code: everything processed. */
    public static final int OK = 0;
    /** Exit code: some input was rejected, all else processed. */
    public static final int REJECTED = 1;
    /** Exit code: the command line was wrong. */
    public static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /**
     * Builds the command line with the project's conventions (usage errors exit 2).
     *
     * @return the command line
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SgkitCommand());
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : REJECTED);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** Prints the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = SgkitCommand.class.getPackage().getImplementationVersion();
            return new String[] {"sgkit " + (v == null ? "development build" : v)};
        }
    }
}
