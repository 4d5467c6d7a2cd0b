package org.safeguardingkit.examples.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.safeguardingkit.core.model.Action;
import org.safeguardingkit.core.model.ChildVoice;
import org.safeguardingkit.core.model.Concern;
import org.safeguardingkit.core.model.ConcernId;
import org.safeguardingkit.core.model.ConcernStatus;
import org.safeguardingkit.core.model.Location;
import org.safeguardingkit.core.model.Pupil;
import org.safeguardingkit.core.model.PupilId;
import org.safeguardingkit.core.model.Response;
import org.safeguardingkit.core.model.SchoolId;
import org.safeguardingkit.core.model.Setting;
import org.safeguardingkit.core.model.Sex;
import org.safeguardingkit.core.model.StaffId;
import org.safeguardingkit.core.model.StaffRef;
import org.safeguardingkit.core.model.StaffRole;

/**
 * Turns one export row into a v1 record following the mapping, or into the reasons it cannot (internal). Reasons
 * name the column and what is wrong, never the value.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RowTranslator {

    private final ImportMapping mapping;
    private final ImportMapping.Columns columns;
    private final ImportMapping.Values values;
    private final CategoryLabels labels;
    private final Optional<PseudonymKey> key;
    private final TimestampParser time;
    private final int headerWidth;

    RowTranslator(ImportMapping mapping, CategoryLabels labels, Optional<PseudonymKey> key, int headerWidth) {
        this.mapping = mapping;
        this.columns = mapping.columns();
        this.values = mapping.values();
        this.labels = labels;
        this.key = key;
        this.time = new TimestampParser(mapping.formats(), mapping.timeZone());
        this.headerWidth = headerWidth;
    }

    /** Collects the problems and warnings of one row. */
    private static final class Notes {
        final ExportRow row;
        final List<RowProblem> problems = new ArrayList<>();
        final List<RowProblem> warnings = new ArrayList<>();

        Notes(ExportRow row) {
            this.row = row;
        }

        void reject(String column, String reason) {
            problems.add(new RowProblem(row.number(), row.line(), column, reason));
        }

        void warn(String column, String reason) {
            warnings.add(new RowProblem(row.number(), row.line(), column, reason));
        }
    }

    RowResult translate(ExportRow row) {
        Notes notes = new Notes(row);
        if (!row.extraCells().isEmpty()) {
            notes.reject("", "the row has " + row.extraCells().size() + " value(s) beyond the header's "
                    + headerWidth + " columns (an unquoted separator in a cell?)");
        }
        Optional<PupilId> pupilId = pupilId(row, notes);
        Optional<LocalDate> dateOfBirth = columns.dateOfBirth().flatMap(c -> row.cell(c).flatMap(text -> {
            Optional<LocalDate> d = time.date(text);
            if (d.isEmpty()) {
                notes.reject(c, "not a date (expected " + time.datePatterns() + ")");
            }
            return d;
        }));
        Optional<Instant> occurredAt = occurredAt(row, notes);
        Optional<Instant> recordedAt = columns.recordedAt().flatMap(c -> row.cell(c).flatMap(text -> {
            Optional<Instant> at = time.instant(text);
            if (at.isEmpty()) {
                notes.reject(c, "not a date and time (expected " + time.dateTimePatterns() + ")");
            }
            return at;
        }));
        Optional<StaffRef> recordedBy = recordedBy(row, notes);
        String summary = columns.summary().flatMap(row::cell).orElse("");
        if (summary.isBlank()) {
            notes.warn(columns.summary().orElse(""), "the summary is empty");
        }
        Optional<ConcernId> id = concernId(row, notes, pupilId, occurredAt, summary);
        if (!notes.problems.isEmpty() || id.isEmpty() || pupilId.isEmpty() || occurredAt.isEmpty()
                || recordedBy.isEmpty()) {
            if (notes.problems.isEmpty()) {
                notes.reject("", "a required field is missing");
            }
            return new RowResult.Rejected(notes.problems, notes.warnings);
        }
        try {
            Pupil pupil = new Pupil(pupilId.get(), sex(row, notes), yearGroup(row, notes), dateOfBirth,
                    Optional.empty());
            Concern.Builder b = Concern.builder().id(id.get()).pupil(pupil).occurredAt(occurredAt.get())
                    .recordedAt(recordedAt.orElse(occurredAt.get())).recordedBy(recordedBy.get()).summary(summary)
                    .categories(categories(row, notes));
            mapping.school().ifPresent(s -> b.schoolId(SchoolId.of(s)));
            location(row, notes).ifPresent(b::location);
            columns.childVoice().flatMap(row::cell).ifPresent(words -> b.childVoice(ChildVoice.of(words)));
            columns.response().flatMap(row::cell).ifPresent(text -> b.addResponse(
                    new Response(Optional.empty(), Optional.empty(), Optional.of(text))));
            columns.action().flatMap(row::cell).ifPresent(text -> b.addAction(Action.of(text)));
            columns.status().ifPresent(c -> row.cell(c).ifPresent(text -> mapped(text, values.status(),
                    ConcernStatus.class, c, "values.status", notes).ifPresent(b::status)));
            columns.outcome().flatMap(row::cell).ifPresent(b::outcome);
            return new RowResult.Imported(b.build(), notes.warnings);
        } catch (IllegalArgumentException | NullPointerException e) {
            notes.reject("", "not a valid record: " + String.valueOf(e.getMessage()).replaceFirst("^SGK-\\d{4}: ", ""));
            return new RowResult.Rejected(notes.problems, notes.warnings);
        }
    }

    private Optional<PupilId> pupilId(ExportRow row, Notes notes) {
        boolean hash = mapping.pupilIdSource() == ImportMapping.IdSource.HASH;
        if (columns.pupilId().isPresent()) {
            String column = columns.pupilId().get();
            Optional<String> value = row.cell(column);
            if (value.isEmpty()) {
                notes.reject(column, "no pupil id");
                return Optional.empty();
            }
            return Optional.of(PupilId.of(hash ? pseudonym("p-", List.of(value.get())) : value.get()));
        }
        List<String> parts = new ArrayList<>();
        for (String column : columns.pupilName()) {
            Optional<String> value = row.cell(column);
            if (value.isEmpty()) {
                notes.reject(column, "no name: the pupil's id is derived from the name and date of birth");
                return Optional.empty();
            }
            parts.add(value.get());
        }
        if (columns.dateOfBirth().isPresent()) {
            String column = columns.dateOfBirth().get();
            Optional<LocalDate> dob = row.cell(column).flatMap(time::date);
            if (dob.isEmpty()) {
                if (row.cell(column).isEmpty()) {
                    notes.reject(column, "no date of birth: the pupil's id is derived from the name and date of"
                            + " birth");
                }
                return Optional.empty();
            }
            parts.add(dob.get().toString());
        }
        return Optional.of(PupilId.of(pseudonym("p-", parts)));
    }

    private String pseudonym(String prefix, List<String> parts) {
        return key.orElseThrow(() -> new ImportException("SGK-0714: this mapping derives ids by keyed hash but no"
                + " pseudonym key was given")).pseudonym(prefix, parts);
    }

    private Optional<Instant> occurredAt(ExportRow row, Notes notes) {
        if (columns.occurredAt().isPresent()) {
            String column = columns.occurredAt().get();
            Optional<String> text = row.cell(column);
            if (text.isEmpty()) {
                notes.reject(column, "no date: when it happened is required");
                return Optional.empty();
            }
            Optional<Instant> at = time.instant(text.get());
            if (at.isEmpty()) {
                notes.reject(column, "not a date and time (expected " + time.dateTimePatterns() + ")");
            }
            return at;
        }
        String dateColumn = columns.occurredDate().orElseThrow();
        Optional<String> dateText = row.cell(dateColumn);
        if (dateText.isEmpty()) {
            notes.reject(dateColumn, "no date: when it happened is required");
            return Optional.empty();
        }
        Optional<LocalDate> date = time.date(dateText.get());
        if (date.isEmpty()) {
            notes.reject(dateColumn, "not a date (expected " + time.datePatterns() + ")");
        }
        LocalTime at = LocalTime.MIDNIGHT;
        if (columns.occurredTime().isPresent()) {
            String timeColumn = columns.occurredTime().get();
            Optional<String> timeText = row.cell(timeColumn);
            if (timeText.isEmpty()) {
                notes.warn(timeColumn, "no time: midnight assumed");
            } else {
                Optional<LocalTime> t = time.time(timeText.get());
                if (t.isEmpty()) {
                    notes.reject(timeColumn, "not a time (expected " + time.timePatterns() + ")");
                    return Optional.empty();
                }
                at = t.get();
            }
        }
        LocalTime finalAt = at;
        return date.map(d -> time.at(d, finalAt));
    }

    private Optional<StaffRef> recordedBy(ExportRow row, Notes notes) {
        Optional<StaffRole> role = columns.staffRole().flatMap(c -> row.cell(c).flatMap(text ->
                mapped(text, values.staffRole(), StaffRole.class, c, "values.staffRole", notes)));
        if (columns.recordedBy().isPresent()) {
            String column = columns.recordedBy().get();
            Optional<String> staff = row.cell(column);
            if (staff.isPresent()) {
                String id = mapping.ids().staff() == ImportMapping.IdSource.HASH
                        ? pseudonym("s-", List.of(staff.get())) : staff.get();
                return Optional.of(new StaffRef(StaffId.of(id), role));
            }
            if (mapping.defaults().recordedBy().isEmpty()) {
                notes.reject(column, "no member of staff: who recorded it is required");
                return Optional.empty();
            }
            notes.warn(column, "no member of staff: defaults.recordedBy used");
        }
        return mapping.defaults().recordedBy().map(s -> new StaffRef(StaffId.of(s), role));
    }

    private Optional<ConcernId> concernId(ExportRow row, Notes notes, Optional<PupilId> pupil,
            Optional<Instant> occurredAt, String summary) {
        if (columns.id().isPresent()) {
            String column = columns.id().get();
            Optional<String> value = row.cell(column);
            if (value.isEmpty()) {
                notes.reject(column, "no id");
            }
            return value.map(v -> ConcernId.of(mapping.ids().concernPrefix() + v));
        }
        if (pupil.isEmpty() || occurredAt.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ConcernId.of(pseudonym("c-", List.of(pupil.get().value(), occurredAt.get().toString(),
                summary))));
    }

    private Optional<Sex> sex(ExportRow row, Notes notes) {
        return columns.sex().flatMap(c -> row.cell(c).flatMap(text ->
                mapped(text, values.sex(), Sex.class, c, "values.sex", notes)));
    }

    private OptionalInt yearGroup(ExportRow row, Notes notes) {
        if (columns.yearGroup().isEmpty()) {
            return OptionalInt.empty();
        }
        String column = columns.yearGroup().get();
        Optional<String> text = row.cell(column);
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        Integer mapped = values.yearGroup().get(ImportMapping.key(text.get()));
        if (mapped != null) {
            return OptionalInt.of(mapped);
        }
        try {
            int year = Integer.parseInt(text.get().strip());
            if (year >= Pupil.NURSERY && year <= Pupil.MAX_YEAR_GROUP) {
                return OptionalInt.of(year);
            }
        } catch (NumberFormatException e) {
            // not a number: unknown
        }
        notes.warn(column, "unknown year group (not in values.yearGroup): left out");
        return OptionalInt.empty();
    }

    private List<String> categories(ExportRow row, Notes notes) {
        if (columns.category().isEmpty()) {
            return List.of();
        }
        String column = columns.category().get();
        List<String> codes = new ArrayList<>();
        for (String label : row.cell(column).orElse("").split(java.util.regex.Pattern.quote(
                mapping.categories().separator()))) {
            if (label.isBlank()) {
                continue;
            }
            Optional<String> code = labels.codeFor(label);
            if (code.isPresent()) {
                codes.add(code.get());
            } else {
                notes.warn(column, "category label not in the mapping: kept as written");
                codes.add(label.strip());
            }
        }
        return codes.stream().distinct().toList();
    }

    private Optional<Location> location(ExportRow row, Notes notes) {
        Optional<Setting> setting = columns.setting().flatMap(c -> row.cell(c).flatMap(text ->
                mapped(text, values.setting(), Setting.class, c, "values.setting", notes)));
        Optional<String> place = columns.place().flatMap(row::cell);
        if (setting.isEmpty() && place.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Location(setting, place, Optional.empty()));
    }

    private static <E extends Enum<E>> Optional<E> mapped(String text, Map<String, String> map, Class<E> type,
            String column, String mapName, Notes notes) {
        String value = map.get(ImportMapping.key(text));
        if (value == null) {
            value = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        }
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            notes.warn(column, "unknown value (not in " + mapName + "): left out");
            return Optional.empty();
        }
    }
}
