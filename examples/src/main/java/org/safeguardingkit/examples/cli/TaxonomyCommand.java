package org.safeguardingkit.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.safeguardingkit.categories.Category;
import org.safeguardingkit.categories.Retirement;
import org.safeguardingkit.categories.Taxonomy;
import org.safeguardingkit.categories.TaxonomyDiff;
import org.safeguardingkit.categories.TaxonomyProblem;
import org.safeguardingkit.categories.TaxonomyReader;
import org.safeguardingkit.categories.TaxonomyValidationException;
import org.safeguardingkit.categories.TaxonomyWriter;
import org.safeguardingkit.categories.mapping.LabelMap;
import org.safeguardingkit.categories.mapping.LabelMapper;
import org.safeguardingkit.categories.mapping.MappedLabel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code sgkit taxonomy} command: list, validate and compare category taxonomies.
 *
 * <pre>
 * sgkit taxonomy list                                   # the sgkit-default tree with kinds and flags
 * sgkit taxonomy list --taxonomy trust.yaml --format yaml
 * sgkit taxonomy validate trust.yaml                    # every problem with its path; exit 1 if any
 * sgkit taxonomy diff trust-2025.yaml trust-2026.yaml   # added, removed, retired, changed codes
 * sgkit taxonomy map vendor-labels.txt                 # a vendor's labels to codes; exit 1 if any unmapped
 * </pre>
 *
 * <p>A taxonomy argument is a reference id ({@code sgkit-default}, {@code dfe-cin-factors}) or a JSON/YAML
 * file. Exit codes: 0 ok, 1 problems found or input rejected, 2 usage error. Results go to stdout, errors to
 * stderr; a bad taxonomy is reported problem by problem, never as a stack trace.
 */
@Command(name = "taxonomy", mixinStandardHelpOptions = true, versionProvider = SgkitCommand.Version.class,
        description = "List, validate and compare category taxonomies.",
        subcommands = {
            TaxonomyCommand.ListCommand.class,
            TaxonomyCommand.ValidateCommand.class,
            TaxonomyCommand.DiffCommand.class,
            TaxonomyCommand.MapCommand.class
        })
public final class TaxonomyCommand implements Callable<Integer> {

    /** Exit code: ok. */
    static final int OK = 0;
    /** Exit code: problems found or input rejected. */
    static final int REJECTED = 1;
    /** Exit code: usage error. */
    static final int USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return USAGE;
    }

    /** Output formats of {@code list}. */
    enum Format {
        /** An indented tree for people. */
        TEXT,
        /** The taxonomy document as YAML (a starting point for a trust's own taxonomy). */
        YAML,
        /** The taxonomy document as JSON. */
        JSON
    }

    /** {@code sgkit taxonomy list}: the tree with kinds, flags and severities. */
    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Print a taxonomy as a tree with kinds, flags and severities (or as YAML/JSON).")
    static final class ListCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private TaxonomyChoice taxonomy;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "TEXT",
                description = "text, yaml or json. Default: ${DEFAULT-VALUE}.")
        private Format format;

        @Option(names = "--definitions", description = "Also print each category's definition.")
        private boolean definitions;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Taxonomy t = taxonomy.load(err);
            if (t == null) {
                return REJECTED;
            }
            switch (format) {
                case YAML -> out.print(TaxonomyWriter.toYaml(t));
                case JSON -> out.println(TaxonomyWriter.toJson(t));
                default -> printTree(t, out);
            }
            out.flush();
            return OK;
        }

        private void printTree(Taxonomy t, PrintWriter out) {
            out.println(printable(t.id()) + " " + printable(t.version()) + " (" + t.categories().size()
                    + " categories, " + (t.locked() ? "locked" : "unlocked") + ")");
            for (Category c : t.categories()) {
                String indent = "  ".repeat(t.ancestors(c.code()).size());
                String flags = c.flags().isEmpty() ? "" : " " + c.flags().stream().map(Enum::name)
                        .collect(Collectors.joining(" "));
                out.println(indent + printable(c.code()) + "  " + printable(c.label()) + "  [" + c.kind() + flags
                        + "] severity " + c.severity());
                if (!c.aliases().isEmpty()) {
                    out.println(indent + "    aliases: " + printable(String.join(", ", c.aliases())));
                }
                if (definitions) {
                    out.println(indent + "    " + printable(c.definition()));
                }
            }
            for (Retirement r : t.retired()) {
                out.println("retired: " + printable(r.code()) + " -> "
                        + printable(r.replacedBy().orElse("(no successor)")));
            }
        }
    }

    /** {@code sgkit taxonomy validate FILE}: every problem with its path. */
    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a taxonomy file and print every problem with its path; exit 1 if any.")
    static final class ValidateCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The taxonomy file (.json, .yaml or .yml).")
        private Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (!Files.isRegularFile(file)) {
                spec.commandLine().getErr().println("sgkit taxonomy validate: SGK-0222: no such file: "
                        + printable(file.toString()));
                return REJECTED;
            }
            List<TaxonomyProblem> problems = TaxonomyReader.validate(file);
            if (problems.isEmpty()) {
                Taxonomy t = TaxonomyReader.read(file);
                out.println(printable(file.toString()) + ": valid, " + printable(t.id()) + " "
                        + printable(t.version()) + ", " + t.categories().size() + " categories"
                        + (t.locked() ? ", locked" : ""));
                out.flush();
                return OK;
            }
            for (TaxonomyProblem p : problems) {
                out.println(printable(file.toString()) + ": " + printable(p.toString()));
            }
            out.println(problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            out.flush();
            return REJECTED;
        }
    }

    /** {@code sgkit taxonomy diff OLD NEW}: added, removed, retired and changed codes. */
    @Command(name = "diff", mixinStandardHelpOptions = true,
            description = "Compare two taxonomies: + added, - removed, > retired (-> successor), ~ changed. "
                    + "Exit 1 when a code was removed without a retirement (old records would not resolve).")
    static final class DiffCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "OLD", description = "The older taxonomy: id or file.")
        private String older;

        @Parameters(index = "1", paramLabel = "NEW", description = "The newer taxonomy: id or file.")
        private String newer;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Taxonomy a = load(older, err);
            Taxonomy b = load(newer, err);
            if (a == null || b == null) {
                return REJECTED;
            }
            TaxonomyDiff diff = TaxonomyDiff.between(a, b);
            out.println(printable(diff.from()) + " -> " + printable(diff.to()));
            for (String code : diff.added()) {
                out.println("+ " + printable(code) + "  " + printable(b.find(code).orElseThrow().label()));
            }
            for (String code : diff.removed()) {
                out.println("- " + printable(code) + "  (removed without a retirement: old records will not resolve)");
            }
            for (Retirement r : diff.retired()) {
                out.println("> " + printable(r.code()) + " -> " + printable(r.replacedBy().orElse("(retired)")));
            }
            for (TaxonomyDiff.CategoryChange change : diff.changed()) {
                for (String difference : change.differences()) {
                    out.println("~ " + printable(change.code()) + ": " + printable(difference));
                }
            }
            if (diff.isEmpty()) {
                out.println("no differences");
            }
            out.flush();
            if (!diff.removed().isEmpty()) {
                err.println("sgkit taxonomy diff: " + diff.removed().size()
                        + " code(s) removed without a retirement; add them to 'retired' with a successor");
                return REJECTED;
            }
            return OK;
        }
    }

    /** {@code sgkit taxonomy map FILE}: a vendor's category labels, one per line, mapped to codes. */
    @Command(name = "map", mixinStandardHelpOptions = true,
            description = "Map a vendor's category labels (one per line) to taxonomy codes. Prints "
                    + "label<TAB>code<TAB>how for each mapped label; unmapped labels go to stderr with their line "
                    + "number, and the exit code is 1 if any.")
    static final class MapCommand implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private TaxonomyChoice taxonomy;

        @Option(names = "--table", paramLabel = "FILE",
                description = "A label table (YAML/JSON: labels: {label: code}). Default: the shipped MIS label "
                        + "table when the taxonomy is sgkit-default, none otherwise.")
        private Path table;

        @Parameters(paramLabel = "FILE", description = "The labels, one per line (UTF-8); blank lines are skipped.")
        private Path labels;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Taxonomy t = taxonomy.load(err);
            if (t == null) {
                return REJECTED;
            }
            LabelMap map;
            try {
                map = table != null ? LabelMap.read(table)
                        : Taxonomy.SGKIT_DEFAULT.equals(t.id()) ? LabelMap.misLabels() : LabelMap.empty(t.id());
            } catch (TaxonomyValidationException e) {
                for (TaxonomyProblem p : e.problems()) {
                    err.println(printable(String.valueOf(table)) + ": " + printable(p.toString()));
                }
                return REJECTED;
            }
            List<String> lines;
            try {
                lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("sgkit taxonomy map: SGK-0222: cannot read " + printable(labels.toString()) + " ("
                        + e.getClass().getSimpleName() + ")");
                return REJECTED;
            }
            LabelMapper mapper = LabelMapper.of(t, map);
            int unmapped = 0;
            for (int i = 0; i < lines.size(); i++) {
                String label = lines.get(i).strip();
                if (label.isEmpty()) {
                    continue;
                }
                Optional<MappedLabel> mapped = mapper.map(label);
                if (mapped.isPresent()) {
                    out.println(printable(label) + "\t" + printable(mapped.get().code()) + "\t"
                            + mapped.get().match().name().toLowerCase(Locale.ROOT));
                } else {
                    unmapped++;
                    err.println(printable(labels.toString()) + ":" + (i + 1) + ": no code for label '"
                            + printable(label) + "'");
                }
            }
            out.flush();
            err.flush();
            return unmapped == 0 ? OK : REJECTED;
        }
    }

    /** A reference taxonomy by id, or a file; problems to {@code err} and null when it cannot be loaded. */
    static Taxonomy load(String idOrFile, PrintWriter err) {
        if (Taxonomy.referenceIds().contains(idOrFile)) {
            return Taxonomy.reference(idOrFile);
        }
        Path file;
        try {
            file = Path.of(idOrFile);
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || !Files.isRegularFile(file)) {
            err.println("sgkit taxonomy: SGK-0222: '" + printable(idOrFile) + "' is neither a reference taxonomy ("
                    + String.join(", ", Taxonomy.referenceIds()) + ") nor a file");
            return null;
        }
        try {
            return TaxonomyReader.read(file);
        } catch (TaxonomyValidationException e) {
            for (TaxonomyProblem p : e.problems()) {
                err.println(printable(idOrFile) + ": " + printable(p.toString()));
            }
            err.println(printable(idOrFile) + ": rejected, " + e.problems().size()
                    + (e.problems().size() == 1 ? " problem" : " problems"));
            return null;
        }
    }

    /** Text safe for a terminal: control characters (escape sequences, carriage returns) shown as {@code ?}. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029) {
                out.append(cp == '\n' ? ' ' : '?');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }
}
