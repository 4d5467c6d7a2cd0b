package org.safeguardingkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.safeguardingkit.core.json.ConcernLogReader;
import org.safeguardingkit.core.json.LogLine;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.quality.Finding;
import org.safeguardingkit.core.quality.Findings;
import org.safeguardingkit.core.quality.FindingsJson;
import org.safeguardingkit.core.quality.QualityChecker;
import org.safeguardingkit.core.quality.RuleSet;
import org.safeguardingkit.core.quality.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code sgkit check} command: checks concern records (JSON Lines) against the recording-quality rules and
 * prints one findings object per record, as JSON Lines in the interchange format or as a human report.
 *
 * <pre>
 * ./sgkit check --input log.jsonl                 # JSON Lines, one {"id":..., "findings":[...]} per record
 * ./sgkit check --input log.jsonl --format text   # a report: record id, flagged words marked, suggestion
 * ./sgkit check --rules my-rules.yaml &lt; log.jsonl
 * </pre>
 *
 * <p>Streams: memory does not grow with the input. A line that is not a valid record is reported on stderr with
 * its line number and field; every other record is still checked, and the exit code is then 1.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check records (JSON Lines) against the recording-quality rules.")
public final class CheckCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { json, text }

    @Spec
    private CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "JSON Lines file of records ('-' or absent: stdin).")
    private String input = "-";

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "json (default) or text.")
    private Format format = Format.json;

    @Option(names = {"-r", "--rules"}, paramLabel = "FILE", description = "A rule set (YAML or JSON).")
    private Path rules;

    @Option(names = "--min-severity", paramLabel = "SEVERITY",
            description = "Only print findings at least this serious: INFO (default), WARNING or ERROR.")
    private Severity minSeverity = Severity.INFO;

    @Option(names = "--score", description = "Add the 0..100 score to each JSON object.")
    private boolean score;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet;
        try {
            ruleSet = rules == null ? RuleSet.defaults() : RuleSet.load(rules);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("sgkit check: --rules " + rules + ": " + e.getMessage());
            err.flush();
            return SgkitCommand.USAGE;
        }
        QualityChecker checker = QualityChecker.of(ruleSet);
        FindingsJson json = score ? FindingsJson.withScore() : FindingsJson.standard();
        InputStream in;
        try {
            in = "-".equals(input) ? System.in : Files.newInputStream(Path.of(input));
        } catch (IOException e) {
            err.println("sgkit check: cannot read " + input + ": " + e.getMessage());
            err.flush();
            return SgkitCommand.USAGE;
        }
        long rejected = 0;
        long checked = 0;
        try (ConcernLogReader reader = ConcernLogReader.of(in)) {
            Iterator<LogLine> lines = reader.lines().iterator();
            while (lines.hasNext()) {
                LogLine line = lines.next();
                if (line instanceof LogLine.Rejected r) {
                    rejected++;
                    err.println("sgkit check: " + r.error().getMessage());
                    continue;
                }
                Findings findings = checker.check(((LogLine.Accepted) line).concern());
                if (minSeverity != Severity.INFO) {
                    findings = Findings.of(findings.id(), findings.rules().keySet().stream().toList(),
                            findings.findings().stream().filter(f -> f.severity().isAtLeast(minSeverity)).toList());
                }
                checked++;
                if (format == Format.json) {
                    json.write(findings, out);
                    out.write('\n');
                } else {
                    TextReport.write(findings, ((LogLine.Accepted) line).concern(), out);
                }
            }
        } catch (UncheckedIOException e) {
            err.println("sgkit check: " + e.getMessage());
            rejected++;
        }
        if (format == Format.text) {
            out.println(checked + " record(s) checked, " + rejected + " line(s) rejected.");
        }
        out.flush();
        err.flush();
        return rejected == 0 ? SgkitCommand.OK : SgkitCommand.REJECTED;
    }

    /** Renders a human report, escaping control characters so record text cannot drive the terminal. */
    static final class TextReport {
        private static final int CONTEXT = 40;

        private TextReport() {
        }

        static void write(Findings findings, Concern concern, PrintWriter out) {
            out.println(findings.id() + "  score " + findings.score() + "/100"
                    + (findings.findings().isEmpty() ? "  no findings" : "  " + findings.findings().size() + " finding(s)"));
            for (Finding f : findings.findings()) {
                out.println("  " + f.severity() + "  " + f.rule() + "  " + f.field());
                f.span().ifPresent(span -> fieldText(concern, f.field()).ifPresent(text -> {
                    if (span.end() <= text.length()) {
                        int from = Math.max(0, span.start() - CONTEXT);
                        int to = Math.min(text.length(), span.end() + CONTEXT);
                        out.println("      " + (from > 0 ? "..." : "") + safe(text.substring(from, span.start()))
                                + ">>" + safe(span.text()) + "<<" + safe(text.substring(span.end(), to))
                                + (to < text.length() ? "..." : ""));
                    }
                }));
                out.println("      " + safe(f.message()));
                f.suggestion().ifPresent(s -> out.println("      Suggestion: " + safe(s)));
            }
        }

        static Optional<String> fieldText(Concern c, String field) {
            String[] parts = field.split("/");
            try {
                return switch (parts[0]) {
                    case "summary" -> Optional.of(c.summary());
                    case "outcome" -> c.outcome();
                    case "childVoice" -> c.childVoice().flatMap(v -> "words".equals(parts[1]) ? v.words() : v.notObtainedReason());
                    case "decisions" -> c.decisions().get(Integer.parseInt(parts[1])).rationale();
                    case "actions" -> Optional.of(c.actions().get(Integer.parseInt(parts[1])).description());
                    case "responses" -> c.responses().get(Integer.parseInt(parts[1])).description();
                    default -> Optional.empty();
                };
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }

        static String safe(String s) {
            StringBuilder b = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch == '\n' || ch == '\r' || ch == '\t') {
                    b.append(' ');
                } else if (Character.isISOControl(ch) || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')) {
                    b.append(String.format("\\u%04x", (int) ch));
                } else {
                    b.append(ch);
                }
            }
            return b.toString();
        }
    }
}
