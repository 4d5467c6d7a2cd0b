package org.safeguardingkit.examples.importer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the export's dates and times with the mapping's patterns, strictly (31/02 is not a date), in the mapping's
 * time zone unless the text carries an offset. {@code ISO} stands for ISO-8601.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TimestampParser {

    private final List<DateTimeFormatter> dates;
    private final List<DateTimeFormatter> times;
    private final List<DateTimeFormatter> dateTimes;
    private final ZoneId zone;
    private final ImportMapping.Formats formats;

    TimestampParser(ImportMapping.Formats formats, ZoneId zone) {
        this.formats = formats;
        this.zone = zone;
        this.dates = formatters(formats.date(), "formats.date");
        this.times = formatters(formats.time(), "formats.time");
        this.dateTimes = formatters(formats.dateTime(), "formats.dateTime");
    }

    static List<DateTimeFormatter> formatters(List<String> patterns, String field) {
        DateTimeFormatter iso = field.equals("formats.date") ? DateTimeFormatter.ISO_LOCAL_DATE
                : field.equals("formats.time") ? DateTimeFormatter.ISO_LOCAL_TIME : DateTimeFormatter.ISO_DATE_TIME;
        return patterns.stream().map(p -> {
            if (p.equalsIgnoreCase("ISO")) {
                return iso;
            }
            try {
                return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                        .parseDefaulting(ChronoField.ERA, 1).toFormatter(Locale.UK)
                        .withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new ImportException("SGK-0704: mapping: " + field + ": not a date/time pattern: " + p, e);
            }
        }).toList();
    }

    Optional<LocalDate> date(String text) {
        for (DateTimeFormatter f : dates) {
            try {
                return Optional.of(LocalDate.from(f.parse(text)));
            } catch (java.time.DateTimeException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    Optional<LocalTime> time(String text) {
        for (DateTimeFormatter f : times) {
            try {
                return Optional.of(LocalTime.from(f.parse(text)));
            } catch (java.time.DateTimeException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    Optional<Instant> instant(String text) {
        for (DateTimeFormatter f : dateTimes) {
            try {
                TemporalAccessor t = f.parseBest(text, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from,
                        LocalDate::from);
                if (t instanceof ZonedDateTime z) {
                    return Optional.of(z.toInstant());
                }
                if (t instanceof OffsetDateTime o) {
                    return Optional.of(o.toInstant());
                }
                if (t instanceof LocalDateTime l) {
                    return Optional.of(l.atZone(zone).toInstant());
                }
                return Optional.of(((LocalDate) t).atStartOfDay(zone).toInstant());
            } catch (java.time.DateTimeException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    Instant at(LocalDate date, LocalTime time) {
        return date.atTime(time).atZone(zone).toInstant();
    }

    String datePatterns() {
        return String.join(" or ", formats.date());
    }

    String timePatterns() {
        return String.join(" or ", formats.time());
    }

    String dateTimePatterns() {
        return String.join(" or ", formats.dateTime());
    }
}
