package org.safeguardingkit.examples.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an MIS export (CSV) row by row with Jackson's CSV parser: the header, then one {@link ExportRow} per record,
 * quoted cells with separators, quotes and line breaks included. Memory use does not grow with the file.
 *
 * <p>Not thread-safe: one reader is consumed once, by one thread.
 */
public final class MisExport implements Closeable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private final Reader reader;
    private final MappingIterator<String[]> rows;
    private final List<String> header;
    private final SourceEncoding encoding;
    private long rowNumber;

    private MisExport(Reader reader, MappingIterator<String[]> rows, List<String> header, SourceEncoding encoding) {
        this.reader = reader;
        this.rows = rows;
        this.header = header;
        this.encoding = encoding;
    }

    /**
     * Opens an export and reads its header row.
     *
     * @param file the CSV file
     * @param encoding its encoding (see {@link SourceEncoding#of(Path, String)})
     * @param delimiter the column separator
     * @return the open export
     * @throws ImportException if the file cannot be read, is empty, or its header is malformed
     */
    public static MisExport open(Path file, SourceEncoding encoding, char delimiter) {
        Reader reader = null;
        try {
            InputStream in = Files.newInputStream(file);
            in.skipNBytes(encoding.bomLength());
            reader = new BufferedReader(new InputStreamReader(in, encoding.charset()), 1 << 16);
            return open(reader, encoding, delimiter);
        } catch (IOException e) {
            closeQuietly(reader);
            throw new ImportException("SGK-0706: cannot read the export " + file, e);
        }
    }

    /**
     * Opens an export from text and reads its header row.
     *
     * @param reader the text; closed by {@link #close()}
     * @param encoding how the text was decoded, for the report
     * @param delimiter the column separator
     * @return the open export
     * @throws ImportException if the text is empty or its header is malformed
     */
    public static MisExport open(Reader reader, SourceEncoding encoding, char delimiter) {
        Objects.requireNonNull(reader, "reader");
        try {
            MappingIterator<String[]> rows = CSV.readerFor(String[].class)
                    .with(CsvSchema.emptySchema().withColumnSeparator(delimiter))
                    .readValues(reader);
            if (!rows.hasNextValue()) {
                throw new ImportException("SGK-0710: the export is empty: no header row");
            }
            List<String> header = new ArrayList<>();
            for (String name : rows.nextValue()) {
                header.add(name.strip().replace("\uFEFF", ""));
            }
            return new MisExport(reader, rows, Collections.unmodifiableList(header), encoding);
        } catch (IOException | RuntimeException e) {
            closeQuietly(reader);
            if (e instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException("SGK-0710: the export's header row is not valid CSV", e);
        }
    }

    /** @return the column names of the header row, as written (stripped) */
    public List<String> header() {
        return header;
    }

    /** @return the encoding the export was read in */
    public SourceEncoding encoding() {
        return encoding;
    }

    /**
     * Reads the next data row.
     *
     * @return the row, or empty at the end of the file
     * @throws MalformedRowException if the CSV is broken at this row (e.g. a quote that is never closed); the rest
     *     of the file cannot be read
     */
    public Optional<ExportRow> next() {
        long line = rows.getParser().currentLocation().getLineNr();
        try {
            if (!rows.hasNextValue()) {
                return Optional.empty();
            }
            String[] values = rows.nextValue();
            rowNumber++;
            Map<String, String> cells = new HashMap<>();
            List<String> extra = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                String value = values[i] == null ? "" : values[i].replace("\r\n", "\n").replace('\r', '\n').strip();
                if (i < header.size()) {
                    cells.putIfAbsent(header.get(i), value);
                } else if (!value.isBlank()) {
                    extra.add(value);
                }
            }
            return Optional.of(new ExportRow(rowNumber, Math.max(1, line), cells, extra));
        } catch (IOException | RuntimeException e) {
            rowNumber++;
            throw new MalformedRowException(rowNumber, Math.max(1, line), e);
        }
    }

    @Override
    public void close() {
        try {
            rows.close();
        } catch (IOException e) {
            // nothing to do: the reader is closed below
        }
        closeQuietly(reader);
    }

    private static void closeQuietly(Reader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                // closing a file we only read
            }
        }
    }

    /**
     * The CSV is broken at a row (a quote never closed, text after a closing quote): that row and the rest of the
     * file cannot be read. The message names the row and line, never the text.
     */
    public static final class MalformedRowException extends ImportException {

        private static final long serialVersionUID = 1L;

        private final long row;
        private final long line;

        MalformedRowException(long row, long line, Throwable cause) {
            super("SGK-0711: row " + row + " (line " + line + ") is not valid CSV (a quote out of place or never"
                    + " closed); the rest of the file cannot be read", cause);
            this.row = row;
            this.line = line;
        }

        /** @return the row number */
        public long row() {
            return row;
        }

        /** @return the line the row starts on */
        public long line() {
            return line;
        }
    }
}
