package org.safeguardingkit.review.anonymise;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks names in free text with {@value #MASK}: every name the pupil directory knows (pupils', staff members' and
 * family members', matched word by word, ignoring case), capitalised words after a title (Mr, Mrs, Miss, Ms, Mx, Dr),
 * capitalised words found in a shipped list of about 600 common UK first names and the capitalised word that follows
 * one (a surname), and dates of birth written after "DOB", "D.O.B." or "date of birth" or "born".
 *
 * <p>Words are runs of letters, so "Jo-Ann" and "Ali's" are checked word by word. A directory name part of a single
 * letter (an initial) is not masked. {@link #redact(String)} never throws. This class is immutable and thread-safe.
 */
public final class Redactor {

    /** What a masked name (or date of birth) is replaced with: no letters, so it can never equal a name. */
    public static final String MASK = "[X]";

    private static final Set<String> TITLES = Set.of("mr", "mrs", "miss", "ms", "mx", "dr");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?i)\\b(d\\.?o\\.?b\\.?|date of birth|born(?: on)?)(\\s*[:\\-]?\\s*)"
                    + "(\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}"
                    + "|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}{3,9}\\.?\\s+\\d{2,4})");

    private final Set<String> directoryWords;
    private final boolean enabled;

    private Redactor(Set<String> directoryWords, boolean enabled) {
        this.directoryWords = directoryWords;
        this.enabled = enabled;
    }

    /**
     * A redactor for the names a directory knows, plus the title and first-name heuristics.
     *
     * @param names full names or name parts; each is split into words
     * @return the redactor
     */
    public static Redactor of(Collection<String> names) {
        Set<String> words = new HashSet<>();
        if (names != null) {
            for (String name : names) {
                if (name == null) {
                    continue;
                }
                int i = 0;
                while (i < name.length()) {
                    int start = i;
                    while (i < name.length() && isWordChar(name, i)) {
                        i += Character.charCount(name.codePointAt(i));
                    }
                    if (i > start) {
                        String w = fold(name.substring(start, i));
                        if (w.codePointCount(0, w.length()) >= 2) {
                            words.add(w);
                        }
                    } else {
                        i += Character.charCount(name.codePointAt(i));
                    }
                }
            }
        }
        return new Redactor(Set.copyOf(words), true);
    }

    /**
     * A redactor that changes nothing: for reviews with anonymisation off.
     *
     * @return the identity redactor
     */
    public static Redactor none() {
        return new Redactor(Set.of(), false);
    }

    /**
     * Whether this redactor masks anything.
     *
     * @return false for {@link #none()}
     */
    public boolean enabled() {
        return enabled;
    }

    /**
     * Masks names and dates of birth in a text.
     *
     * @param text the text; null gives ""
     * @return the text with names masked
     */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        if (!enabled || text.isEmpty()) {
            return text;
        }
        try {
            return maskNames(maskDatesOfBirth(text));
        } catch (RuntimeException e) {
            // Never let a text through unmasked, never throw: mask every letter.
            return text.replaceAll("\\p{L}+", MASK);
        }
    }

    private static String maskDatesOfBirth(String text) {
        Matcher m = DATE_OF_BIRTH.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(r -> Matcher.quoteReplacement(r.group(1) + r.group(2) + MASK));
    }

    private String maskNames(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        boolean nameFollows = false;
        boolean afterTitle = false;
        int followBudget = 0;
        int gapStart = 0;
        while (i < text.length()) {
            if (!isWordChar(text, i)) {
                int cp = text.codePointAt(i);
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < text.length() && isWordChar(text, i)) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = text.substring(start, i);
            String gap = text.substring(gapStart, start);
            boolean adjacent = nameFollows && followBudget > 0 && isShortGap(gap, afterTitle);
            String folded = fold(word);
            boolean capitalised = Character.isUpperCase(word.codePointAt(0));
            boolean title = TITLES.contains(folded) && capitalised;
            boolean mask = directoryWords.contains(folded)
                    || (capitalised && !title && (adjacent || FirstNames.contains(folded)));
            if (mask) {
                out.append(MASK);
                followBudget = adjacent ? followBudget - 1 : (title ? 2 : 1);
                nameFollows = capitalised || directoryWords.contains(folded);
                afterTitle = false;
            } else if (title) {
                out.append(word);
                nameFollows = true;
                afterTitle = true;
                followBudget = 2;
            } else {
                out.append(word);
                nameFollows = false;
                afterTitle = false;
                followBudget = 0;
            }
            gapStart = i;
        }
        return out.toString();
    }

    private static boolean isShortGap(String gap, boolean dotAllowed) {
        if (gap.isEmpty() || gap.length() > 3) {
            return false;
        }
        for (int k = 0; k < gap.length(); k++) {
            char c = gap.charAt(k);
            if (c != ' ' && !(dotAllowed && c == '.') && c != '-' && c != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(String s, int index) {
        int cp = s.codePointAt(index);
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** The shipped first-names list, loaded once. */
    private static final class FirstNames {
        private static final Set<String> NAMES = load();

        private FirstNames() {
        }

        static boolean contains(String folded) {
            return NAMES.contains(folded);
        }

        private static Set<String> load() {
            Set<String> names = new HashSet<>();
            try (InputStream in = Redactor.class.getResourceAsStream("first-names.txt")) {
                if (in == null) {
                    throw new IllegalStateException("SGK-0513: first-names.txt is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(fold(name));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Set.copyOf(names);
        }
    }
}
