package org.safeguardingkit.examples.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an MIS export: reads every row, turns it into a v1 record following an {@link ImportMapping}, hands each
 * record to a sink, and accounts for every row in an {@link ImportReport}.
 *
 * <pre>{@code
 * ImportMapping mapping = ImportMapping.read(Path.of("mapping.yaml"));
 * MisImporter importer = MisImporter.of(mapping, PseudonymKey.fromEnvironment("SGKIT_IMPORT_KEY", System::getenv));
 * try (ConcernLogWriter out = ConcernLogWriter.of(Files.newBufferedWriter(Path.of("log.jsonl")))) {
 *     ImportReport report = importer.run(Path.of("export.csv"), out::write);
 *     System.err.print(report.summary());
 * }
 * }</pre>
 *
 * <p>A row is rejected (and the import goes on) when a required field is missing or unreadable, the row has more
 * values than the header has columns, or its id repeats an earlier row's. Logs carry row numbers only.
 *
 * <p>This class is immutable and thread-safe; {@link #run} may be called from several threads.
 */
public final class MisImporter {

    private static final Logger LOG = LoggerFactory.getLogger(MisImporter.class);

    private final ImportMapping mapping;
    private final Optional<PseudonymKey> key;
    private final CategoryLabels labels;

    private MisImporter(ImportMapping mapping, Optional<PseudonymKey> key, CategoryLabels labels) {
        this.mapping = mapping;
        this.key = key;
        this.labels = labels;
        if (mapping.needsKey() && key.isEmpty()) {
            throw new ImportException("SGK-0714: this mapping derives ids by keyed hash (no id column, or ids: hash):"
                    + " give the pseudonym key with --key-file or the " + PseudonymKey.ENVIRONMENT_VARIABLE
                    + " environment variable");
        }
    }

    /**
     * An importer whose category labels go through the mapping's list, then the categories module's
     * {@code LabelMapper} over the mapping's reference taxonomy (see {@link CategoryLabels#of(ImportMapping.Categories)}).
     *
     * @param mapping the mapping
     * @param key the pseudonym key, needed if the mapping derives ids by hash
     * @return the importer
     * @throws ImportException if the mapping needs a key and none is given, or its category codes are unknown
     */
    public static MisImporter of(ImportMapping mapping, Optional<PseudonymKey> key) {
        Objects.requireNonNull(mapping, "mapping");
        return new MisImporter(mapping, Objects.requireNonNull(key, "key"), CategoryLabels.of(mapping.categories()));
    }

    /**
     * An importer that looks up labels its mapping does not list with a fallback (e.g. the categories module's MIS
     * label mapping).
     *
     * @param mapping the mapping
     * @param key the pseudonym key, needed if the mapping derives ids by hash
     * @param labelFallback a label to a taxonomy code, or empty
     * @return the importer
     * @throws ImportException if the mapping needs a key and none is given
     */
    public static MisImporter of(ImportMapping mapping, Optional<PseudonymKey> key,
            Function<String, Optional<String>> labelFallback) {
        Objects.requireNonNull(mapping, "mapping");
        return new MisImporter(mapping, Objects.requireNonNull(key, "key"),
                CategoryLabels.of(mapping.categories(), Objects.requireNonNull(labelFallback, "labelFallback")));
    }

    /**
     * Imports a file.
     *
     * @param input the CSV export
     * @param sink receives each record, in file order
     * @return the report
     * @throws ImportException if the file cannot be read or lacks a mapped column
     */
    public ImportReport run(Path input, Consumer<Concern> sink) {
        SourceEncoding encoding = SourceEncoding.of(input, mapping.source().encoding());
        try (MisExport export = MisExport.open(input, encoding, mapping.source().delimiter().charAt(0))) {
            return run(export, sink);
        }
    }

    /**
     * Imports an open export.
     *
     * @param export the export, header read
     * @param sink receives each record, in file order
     * @return the report
     * @throws ImportException if the export lacks a mapped column
     */
    public ImportReport run(MisExport export, Consumer<Concern> sink) {
        checkHeader(export.header());
        RowTranslator translator = new RowTranslator(mapping, labels, key, export.header().size());
        List<RowProblem> rejections = new ArrayList<>();
        List<RowProblem> warnings = new ArrayList<>();
        Map<ConcernId, Long> seen = new HashMap<>();
        long read = 0;
        long imported = 0;
        long rejected = 0;
        long blank = 0;
        boolean complete = true;
        while (true) {
            Optional<ExportRow> next;
            try {
                next = export.next();
            } catch (MisExport.MalformedRowException e) {
                read++;
                rejected++;
                complete = false;
                rejections.add(new RowProblem(e.row(), e.line(), "", "not valid CSV (a quote out of place or never"
                        + " closed): this row and the rest of the file could not be read"));
                LOG.debug("row {}: malformed CSV, import stopped", e.row());
                break;
            }
            if (next.isEmpty()) {
                break;
            }
            ExportRow row = next.get();
            if (row.isBlank()) {
                blank++;
                continue;
            }
            read++;
            RowResult result = translator.translate(row);
            warnings.addAll(result.warnings());
            if (result instanceof RowResult.Imported ok) {
                Long earlier = seen.putIfAbsent(ok.concern().id(), row.number());
                if (earlier != null) {
                    rejected++;
                    rejections.add(new RowProblem(row.number(), row.line(), mapping.columns().id().orElse(""),
                            "the same id as row " + earlier + " (a duplicate row?)"));
                    continue;
                }
                sink.accept(ok.concern());
                imported++;
                LOG.debug("row {}: imported as {}", row.number(), ok.concern().id());
            } else if (result instanceof RowResult.Rejected no) {
                rejected++;
                rejections.addAll(no.problems());
                LOG.debug("row {}: rejected", row.number());
            }
        }
        return new ImportReport(export.encoding().describe(), complete, read, imported, rejected, blank, rejections,
                warnings);
    }

    private void checkHeader(List<String> header) {
        List<String> missing = new ArrayList<>();
        mapping.mappedColumns().forEach((field, column) -> {
            if (!header.contains(column)) {
                missing.add("\"" + column + "\" (" + field + ")");
            }
        });
        if (!missing.isEmpty()) {
            throw new ImportException("SGK-0713: the export's header lacks mapped column(s) " + String.join(", ",
                    missing) + "; the header has " + header.size() + " columns");
        }
    }
}
