package org.safeguardingkit.examples.importer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How one school's MIS export maps onto v1 records: which column holds which field, how dates are written, how
 * values and category labels translate, how ids are derived. Loaded from YAML; immutable.
 *
 * <pre>{@code
 * source: { encoding: auto, delimiter: "," }
 * timeZone: Europe/London
 * columns:
 *   occurredDate: Date
 *   occurredTime: Time
 *   pupilName: [Forename, Surname]
 *   dateOfBirth: DOB
 *   yearGroup: Year
 *   category: Behaviour Type
 *   summary: Comments
 *   recordedBy: Staff
 * formats: { date: [dd/MM/yyyy], time: [HH:mm] }
 * values:
 *   yearGroup: { "Year 9": 9 }
 *   sex: { Male: M, Female: F }
 * categories:
 *   labels: { "Verbal abuse": bullying.verbal }
 * ids: { pupil: hash, staff: hash, concernPrefix: "hb-" }
 * }</pre>
 *
 * <p>The key that pseudonymises ids is never in the mapping: it comes from a file or an environment variable
 * ({@link PseudonymKey}). This class is immutable and thread-safe.
 *
 * @param source how the file is written: encoding and delimiter
 * @param timeZone the zone the export's local dates and times are in, e.g. {@code Europe/London}
 * @param school the school id to put on every record, if any
 * @param columns which column holds which field
 * @param formats the date and time patterns ({@link java.time.format.DateTimeFormatter} patterns, or {@code ISO})
 * @param values value maps per field: export text to v1 value
 * @param categories how category labels become taxonomy codes
 * @param ids how ids are derived
 * @param defaults values for fields the export does not have
 */
public record ImportMapping(
        Source source,
        ZoneId timeZone,
        Optional<String> school,
        Columns columns,
        Formats formats,
        Values values,
        Categories categories,
        Ids ids,
        Defaults defaults) {

    /** Checks the mapping as a whole. */
    public ImportMapping {
        source = Objects.requireNonNullElse(source, Source.DEFAULT);
        timeZone = Objects.requireNonNullElse(timeZone, ZoneId.of("Europe/London"));
        school = Objects.requireNonNullElse(school, Optional.empty());
        if (columns == null) {
            throw new ImportException("SGK-0701: mapping: columns is required");
        }
        formats = Objects.requireNonNullElse(formats, Formats.DEFAULT);
        values = Objects.requireNonNullElse(values, Values.NONE);
        categories = Objects.requireNonNullElse(categories, Categories.NONE);
        ids = Objects.requireNonNullElse(ids, Ids.DEFAULT);
        defaults = Objects.requireNonNullElse(defaults, Defaults.NONE);
        if (columns.pupilId().isEmpty() && columns.pupilName().isEmpty()) {
            throw new ImportException("SGK-0702: mapping: columns.pupilId or columns.pupilName is required");
        }
        if (columns.occurredAt().isEmpty() && columns.occurredDate().isEmpty()) {
            throw new ImportException("SGK-0702: mapping: columns.occurredAt or columns.occurredDate is required");
        }
        if (columns.summary().isEmpty()) {
            throw new ImportException("SGK-0702: mapping: columns.summary is required");
        }
        if (columns.recordedBy().isEmpty() && defaults.recordedBy().isEmpty()) {
            throw new ImportException("SGK-0702: mapping: columns.recordedBy or defaults.recordedBy is required");
        }
        if (ids.pupil() == IdSource.COLUMN && columns.pupilId().isEmpty()) {
            throw new ImportException("SGK-0703: mapping: ids.pupil is column but columns.pupilId is not set");
        }
    }

    /**
     * Whether importing needs the pseudonym key: some id is derived by keyed hash.
     *
     * @return true if a {@link PseudonymKey} is required
     */
    public boolean needsKey() {
        return pupilIdSource() == IdSource.HASH || columns.id().isEmpty()
                || ids.staff() == IdSource.HASH && columns.recordedBy().isPresent();
    }

    /**
     * Where pupil ids come from: the mapping's {@code ids.pupil}, else the id column when there is one, else a hash.
     *
     * @return the source
     */
    public IdSource pupilIdSource() {
        return ids.pupil() != null ? ids.pupil() : columns.pupilId().isPresent() ? IdSource.COLUMN : IdSource.HASH;
    }

    /**
     * Every column the mapping reads, in a stable order, for checking against the export's header.
     *
     * @return the column names, each with the mapping field that names it
     */
    public Map<String, String> mappedColumns() {
        Map<String, String> m = new LinkedHashMap<>();
        columns.id().ifPresent(c -> m.put("columns.id", c));
        columns.occurredAt().ifPresent(c -> m.put("columns.occurredAt", c));
        columns.occurredDate().ifPresent(c -> m.put("columns.occurredDate", c));
        columns.occurredTime().ifPresent(c -> m.put("columns.occurredTime", c));
        columns.recordedAt().ifPresent(c -> m.put("columns.recordedAt", c));
        columns.recordedBy().ifPresent(c -> m.put("columns.recordedBy", c));
        columns.staffRole().ifPresent(c -> m.put("columns.staffRole", c));
        columns.pupilId().ifPresent(c -> m.put("columns.pupilId", c));
        for (int i = 0; i < columns.pupilName().size(); i++) {
            m.put("columns.pupilName[" + i + "]", columns.pupilName().get(i));
        }
        columns.dateOfBirth().ifPresent(c -> m.put("columns.dateOfBirth", c));
        columns.sex().ifPresent(c -> m.put("columns.sex", c));
        columns.yearGroup().ifPresent(c -> m.put("columns.yearGroup", c));
        columns.category().ifPresent(c -> m.put("columns.category", c));
        columns.summary().ifPresent(c -> m.put("columns.summary", c));
        columns.place().ifPresent(c -> m.put("columns.place", c));
        columns.setting().ifPresent(c -> m.put("columns.setting", c));
        columns.childVoice().ifPresent(c -> m.put("columns.childVoice", c));
        columns.response().ifPresent(c -> m.put("columns.response", c));
        columns.action().ifPresent(c -> m.put("columns.action", c));
        columns.status().ifPresent(c -> m.put("columns.status", c));
        columns.outcome().ifPresent(c -> m.put("columns.outcome", c));
        return m;
    }

    /**
     * Reads a mapping from YAML.
     *
     * @param yaml the YAML bytes
     * @return the mapping
     * @throws ImportException naming the field if the mapping is invalid
     */
    public static ImportMapping parse(InputStream yaml) {
        try {
            return MAPPER.readValue(yaml, ImportMapping.class);
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof ImportException ie) {
                throw ie;
            }
            throw new ImportException("SGK-0700: mapping: " + path(e) + ": " + e.getOriginalMessage()
                    .replaceAll("\\s*\\(class [^)]*\\)", ""), e);
        } catch (JacksonException e) {
            throw new ImportException("SGK-0700: mapping is not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException("SGK-0700: cannot read the mapping", e);
        }
    }

    /**
     * Reads a mapping from a YAML file.
     *
     * @param file the file
     * @return the mapping
     * @throws ImportException naming the field if the mapping is invalid or the file cannot be read
     */
    public static ImportMapping read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new ImportException("SGK-0700: cannot read the mapping " + file, e);
        }
    }

    private static final ObjectMapper MAPPER = YAMLMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static String path(JsonMappingException e) {
        return e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    /**
     * How the file is written.
     *
     * @param encoding {@code auto} (byte order mark, else UTF-8 if valid, else Windows-1252) or a charset name
     * @param delimiter the column separator, one character (default comma)
     */
    public record Source(String encoding, String delimiter) {
        static final Source DEFAULT = new Source("auto", ",");

        /** Checks the fields. */
        public Source {
            encoding = Objects.requireNonNullElse(encoding, "auto");
            delimiter = Objects.requireNonNullElse(delimiter, ",");
            if (delimiter.length() != 1) {
                throw new ImportException("SGK-0704: mapping: source.delimiter must be one character");
            }
            if (!encoding.equalsIgnoreCase("auto")) {
                try {
                    java.nio.charset.Charset.forName(encoding);
                } catch (IllegalArgumentException e) {
                    throw new ImportException("SGK-0704: mapping: source.encoding: unknown charset " + encoding, e);
                }
            }
        }
    }

    /**
     * Which column (by its header text) holds which field. Every field is optional except: a pupil (id or names),
     * when it occurred (one column, or a date and a time column), the summary, and who recorded it (or a default).
     *
     * @param id the record's id; derived by keyed hash when absent
     * @param occurredAt date and time in one column
     * @param occurredDate the date, when date and time are separate columns
     * @param occurredTime the time, with {@code occurredDate}; midnight when absent
     * @param recordedAt when it was recorded; {@code occurredAt} when absent
     * @param recordedBy the member of staff (code or name)
     * @param staffRole the staff member's role
     * @param pupilId the pupil's id (UPN, admission number)
     * @param pupilName the columns of the pupil's name, used only to derive a pseudonymous id
     * @param dateOfBirth the pupil's date of birth
     * @param sex the pupil's sex
     * @param yearGroup the year group
     * @param category the category label(s)
     * @param summary the free text
     * @param place where it happened
     * @param setting the kind of place (value map {@code values.setting})
     * @param childVoice the child's own words
     * @param response what was done (a sanction, support)
     * @param action a follow-up action
     * @param status open or closed (value map {@code values.status})
     * @param outcome the outcome
     */
    public record Columns(
            Optional<String> id,
            Optional<String> occurredAt,
            Optional<String> occurredDate,
            Optional<String> occurredTime,
            Optional<String> recordedAt,
            Optional<String> recordedBy,
            Optional<String> staffRole,
            Optional<String> pupilId,
            List<String> pupilName,
            Optional<String> dateOfBirth,
            Optional<String> sex,
            Optional<String> yearGroup,
            Optional<String> category,
            Optional<String> summary,
            Optional<String> place,
            Optional<String> setting,
            Optional<String> childVoice,
            Optional<String> response,
            Optional<String> action,
            Optional<String> status,
            Optional<String> outcome) {

        /** Replaces absent values with empty ones. */
        public Columns {
            id = opt(id);
            occurredAt = opt(occurredAt);
            occurredDate = opt(occurredDate);
            occurredTime = opt(occurredTime);
            recordedAt = opt(recordedAt);
            recordedBy = opt(recordedBy);
            staffRole = opt(staffRole);
            pupilId = opt(pupilId);
            pupilName = List.copyOf(Objects.requireNonNullElse(pupilName, List.of()));
            dateOfBirth = opt(dateOfBirth);
            sex = opt(sex);
            yearGroup = opt(yearGroup);
            category = opt(category);
            summary = opt(summary);
            place = opt(place);
            setting = opt(setting);
            childVoice = opt(childVoice);
            response = opt(response);
            action = opt(action);
            status = opt(status);
            outcome = opt(outcome);
        }

        private static Optional<String> opt(Optional<String> value) {
            return Objects.requireNonNullElse(value, Optional.<String>empty()).filter(s -> !s.isBlank());
        }
    }

    /**
     * Date and time patterns, tried in order. {@code ISO} means ISO-8601 (with or without offset).
     *
     * @param date patterns for date-only columns ({@code occurredDate}, {@code dateOfBirth})
     * @param time patterns for the time column
     * @param dateTime patterns for date-and-time columns ({@code occurredAt}, {@code recordedAt})
     */
    public record Formats(List<String> date, List<String> time, List<String> dateTime) {
        static final Formats DEFAULT = new Formats(null, null, null);

        /** Fills in defaults: ISO, then UK day-first. */
        public Formats {
            date = List.copyOf(Objects.requireNonNullElse(date, List.of("ISO", "dd/MM/yyyy")));
            time = List.copyOf(Objects.requireNonNullElse(time, List.of("HH:mm", "HH:mm:ss", "H:mm")));
            dateTime = List.copyOf(Objects.requireNonNullElse(dateTime,
                    List.of("ISO", "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss")));
            TimestampParser.formatters(date, "formats.date"); // checks every pattern, naming the field
            TimestampParser.formatters(time, "formats.time");
            TimestampParser.formatters(dateTime, "formats.dateTime");
        }
    }

    /**
     * Value maps: text as the export writes it (matched ignoring case and surrounding spaces) to a v1 value.
     *
     * @param yearGroup to a year group number (Nursery -1, Reception 0); plain numbers need no entry
     * @param sex to {@code M}, {@code F} or {@code X}
     * @param staffRole to a staff role, e.g. {@code TEACHER}
     * @param setting to a setting, e.g. {@code ON_SITE}
     * @param status to {@code OPEN} or {@code CLOSED}
     */
    public record Values(Map<String, Integer> yearGroup, Map<String, String> sex,
            Map<String, String> staffRole, Map<String, String> setting, Map<String, String> status) {
        static final Values NONE = new Values(null, null, null, null, null);

        /** Copies the maps with keys normalised. */
        public Values {
            yearGroup = normalise(yearGroup);
            sex = checked(normalise(sex), "sex", org.safeguardingkit.core.model.Sex.class);
            staffRole = checked(normalise(staffRole), "staffRole", org.safeguardingkit.core.model.StaffRole.class);
            setting = checked(normalise(setting), "setting", org.safeguardingkit.core.model.Setting.class);
            status = checked(normalise(status), "status", org.safeguardingkit.core.model.ConcernStatus.class);
            yearGroup.forEach((k, v) -> {
                if (v < org.safeguardingkit.core.model.Pupil.NURSERY
                        || v > org.safeguardingkit.core.model.Pupil.MAX_YEAR_GROUP) {
                    throw new ImportException("SGK-0704: mapping: values.yearGroup: " + v
                            + " is not a year group (-1 Nursery, 0 Reception, 1..14)");
                }
            });
        }

        private static <E extends Enum<E>> Map<String, String> checked(Map<String, String> map, String field,
                Class<E> type) {
            map.forEach((k, v) -> {
                try {
                    Enum.valueOf(type, v);
                } catch (IllegalArgumentException e) {
                    throw new ImportException("SGK-0704: mapping: values." + field + ": " + v + " is not one of "
                            + java.util.Arrays.toString(type.getEnumConstants()), e);
                }
            });
            return map;
        }
    }

    /**
     * How category labels become taxonomy codes.
     *
     * @param taxonomy the reference taxonomy the codes belong to (default {@code sgkit-default}); the mapping's codes
     *     are checked against it
     * @param separator splits a cell holding several labels (default {@code ;})
     * @param labels label to code, matched ignoring case and surrounding spaces; tried first
     * @param misLabels whether labels the mapping does not list go through the categories module's
     *     {@code LabelMapper} with its table of common MIS labels (default true)
     */
    public record Categories(String taxonomy, String separator, Map<String, String> labels, Boolean misLabels) {
        static final Categories NONE = new Categories(null, null, null, null);

        /** Fills in defaults. */
        public Categories {
            taxonomy = Objects.requireNonNullElse(taxonomy, "sgkit-default");
            separator = Objects.requireNonNullElse(separator, ";");
            if (separator.isEmpty()) {
                throw new ImportException("SGK-0704: mapping: categories.separator must not be empty");
            }
            labels = normalise(labels);
            misLabels = Objects.requireNonNullElse(misLabels, Boolean.TRUE);
        }
    }

    /** Where an id comes from. */
    public enum IdSource {
        /** The column's value, as written. */
        @JsonProperty("column") COLUMN,
        /** A keyed hash (HMAC-SHA-256) of the column(s): a stable pseudonym. */
        @JsonProperty("hash") HASH
    }

    /**
     * How ids are derived.
     *
     * @param pupil {@code column} (the pupilId column as written) or {@code hash} (of the pupilId column, or of the
     *     name columns and date of birth); default: column when there is a pupilId column
     * @param staff {@code column} or {@code hash} of the recordedBy column (default {@code column})
     * @param concernPrefix put before a record id taken from the id column (default none)
     */
    public record Ids(IdSource pupil, IdSource staff, String concernPrefix) {
        static final Ids DEFAULT = new Ids(null, null, null);

        /** Fills in defaults; {@code pupil} stays null when not given (see {@link #pupilIdSource()}). */
        public Ids {
            staff = Objects.requireNonNullElse(staff, IdSource.COLUMN);
            concernPrefix = Objects.requireNonNullElse(concernPrefix, "");
        }
    }

    /**
     * Values for fields the export lacks.
     *
     * @param recordedBy the staff id to record when there is no recordedBy column (e.g. {@code mis-import})
     */
    public record Defaults(Optional<String> recordedBy) {
        static final Defaults NONE = new Defaults(Optional.empty());

        /** Replaces absent values with empty ones. */
        public Defaults {
            recordedBy = Objects.requireNonNullElse(recordedBy, Optional.<String>empty()).filter(s -> !s.isBlank());
        }
    }

    static String key(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static <V> Map<String, V> normalise(Map<String, V> map) {
        if (map == null) {
            return Map.of();
        }
        Map<String, V> out = new LinkedHashMap<>();
        List<String> nullKeys = new ArrayList<>();
        map.forEach((k, v) -> {
            if (k == null || v == null) {
                nullKeys.add(String.valueOf(k));
            } else {
                out.put(key(k), v);
            }
        });
        if (!nullKeys.isEmpty()) {
            throw new ImportException("SGK-0704: mapping: a value map has an empty entry: " + nullKeys);
        }
        return Map.copyOf(out);
    }
}
