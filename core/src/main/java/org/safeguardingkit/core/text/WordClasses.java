package org.safeguardingkit.core.text;

import java.util.Set;

/**
 * Which of this package's word lists a token key is in, as bit flags: one table lookup per token answers every
 * list the analysis asks about (internal). The lists stay with the classes that own them; this class only
 * indexes them. The table is built once and never changed.
 */
final class WordClasses {

    // AnalysedText
    static final int NEGATION = 1;
    static final int HEDGE_ADVERB = 1 << 1;
    static final int HEDGE_VERB = 1 << 2;
    static final int SCOPE_BREAKER = 1 << 3;
    // SentenceSplitter, QuoteScanner
    static final int ABBREVIATION = 1 << 4;
    static final int ELISION = 1 << 5;
    // ReportedSpeechFinder
    static final int SKIP_BACK = 1 << 6;
    static final int BE = 1 << 7;
    static final int STOP = 1 << 8;
    static final int OBJECT_VERB = 1 << 9;
    static final int SUBORDINATOR = 1 << 10;
    static final int OBJECT_PRONOUN = 1 << 11;
    static final int CLAUSE_JOINER = 1 << 12;
    static final int NOT_A_SPEAKER = 1 << 13;
    static final int FIRST_PERSON = 1 << 14;
    // SpeakerRoles
    static final int WRITER = 1 << 15;
    static final int CHILD_PRONOUN = 1 << 16;
    static final int PARENT = 1 << 17;
    static final int FAMILY = 1 << 18;
    static final int PROFESSIONAL = 1 << 19;
    static final int STAFF = 1 << 20;
    static final int PEER = 1 << 21;
    static final int OTHER = 1 << 22;
    static final int FEMALE = 1 << 23;
    static final int MALE = 1 << 24;
    /**
     * Not a list: set by the {@link Tokenizer} on a token written with an elided "not" ("didn't", "won't"), whose
     * key ("didnt") therefore differs from its normal form; AnalysedText's negation scopes treat it as a negation.
     * No word of the table has it, so {@link #of} never answers it.
     */
    static final int ELIDED_NOT = 1 << 25;
    /** Not a list: set by the {@link Tokenizer} on a punctuation token that ends a clause (see AnalysedText). */
    static final int CLAUSE_PUNCTUATION = 1 << 26;
    /** Not a list: set by the {@link Tokenizer} on a punctuation token that may end a sentence: . ! ? … */
    static final int TERMINATOR = 1 << 27;

    /**
     * Frequent words of records that are in no list: in the table only so that the tokenizer can hand out one
     * shared string for them instead of a new one per occurrence (see {@link #slot}).
     */
    static final Set<String> FREQUENT = Set.of(
            "the", "a", "of", "in", "on", "at", "to", "and", "he", "she", "his", "her", "him", "it", "they", "them",
            "their", "was", "is", "has", "had", "have", "been", "with", "for", "that", "this", "said", "told", "mum",
            "dad", "school", "home", "by", "as", "about", "my", "me", "asked", "no", "not", "from", "an", "off", "be",
            "being", "room", "day", "when", "because", "out", "lunch", "up", "after", "came", "staff", "lesson", "form",
            "made", "are", "police", "did", "very", "time", "get", "morning", "online", "tutor", "today", "will", "two",
            "phone", "were", "night", "week", "who", "first", "all", "so", "into", "back", "can", "again", "class",
            "went", "says", "too", "just", "bag", "late", "care", "there", "what", "which", "or", "but", "we", "i",
            "you", "would", "could", "also", "then", "other", "one", "pupil", "boys", "girls", "friends", "friend");
    /** The words of all the lists and {@link #FREQUENT}; a word's number in it is its slot. */
    private static final WordTable WORDS;
    /** The flags of each slot's word. */
    private static final int[] FLAGS;
    /** The slot of the key of each one-character ASCII token, -1 for none. */
    private static final int[] ASCII_SLOTS;

    static {
        java.util.Map<String, Integer> m = new java.util.LinkedHashMap<>();
        add(m, FREQUENT, 0);
        add(m, AnalysedText.NEGATIONS, NEGATION);
        add(m, AnalysedText.HEDGE_ADVERBS, HEDGE_ADVERB);
        add(m, AnalysedText.HEDGE_VERBS, HEDGE_VERB);
        add(m, AnalysedText.SCOPE_BREAKERS, SCOPE_BREAKER);
        add(m, SentenceSplitter.ABBREVIATIONS, ABBREVIATION);
        add(m, QuoteScanner.ELISIONS, ELISION);
        add(m, ReportedSpeechFinder.SKIP_BACK, SKIP_BACK);
        add(m, ReportedSpeechFinder.BE, BE);
        add(m, ReportedSpeechFinder.STOP, STOP);
        add(m, ReportedSpeechFinder.OBJECT_VERBS, OBJECT_VERB);
        add(m, ReportedSpeechFinder.SUBORDINATORS, SUBORDINATOR);
        add(m, ReportedSpeechFinder.OBJECT_PRONOUNS, OBJECT_PRONOUN);
        add(m, ReportedSpeechFinder.CLAUSE_JOINERS, CLAUSE_JOINER);
        add(m, ReportedSpeechFinder.NOT_A_SPEAKER, NOT_A_SPEAKER);
        add(m, ReportedSpeechFinder.FIRST_PERSON, FIRST_PERSON);
        add(m, SpeakerRoles.WRITER, WRITER);
        add(m, SpeakerRoles.CHILD_PRONOUNS, CHILD_PRONOUN);
        add(m, SpeakerRoles.PARENT, PARENT);
        add(m, SpeakerRoles.FAMILY, FAMILY);
        add(m, SpeakerRoles.PROFESSIONAL, PROFESSIONAL);
        add(m, SpeakerRoles.STAFF, STAFF);
        add(m, SpeakerRoles.PEER, PEER);
        add(m, SpeakerRoles.OTHER, OTHER);
        add(m, SpeakerRoles.FEMALE, FEMALE);
        add(m, SpeakerRoles.MALE, MALE);
        WORDS = new WordTable(java.util.List.copyOf(m.keySet()));
        FLAGS = m.values().stream().mapToInt(Integer::intValue).toArray();
        ASCII_SLOTS = new int[128];
        for (int c = 0; c < 128; c++) {
            String key = Token.keyOf(Token.normalise(String.valueOf((char) c)));
            ASCII_SLOTS[c] = WORDS.find(key, key.hashCode());
        }
    }

    private WordClasses() {
    }

    /**
     * @param key a token key ({@link Token#key()})
     * @return the flags of the lists holding it, 0 for none
     */
    static int of(String key) {
        return of(key, key.hashCode());
    }

    /**
     * @param key  a token key
     * @param hash {@code key.hashCode()}
     * @return the flags of the lists holding it, 0 for none
     */
    static int of(String key, int hash) {
        int slot = WORDS.find(key, hash);
        return slot >= 0 ? FLAGS[slot] : 0;
    }

    /**
     * @param key  a token key
     * @param hash {@code key.hashCode()}
     * @return the slot holding the key ({@link #word}, {@link #flags}), or -1 if the table does not hold it
     */
    static int slotOf(String key, int hash) {
        return WORDS.find(key, hash);
    }

    /**
     * @return the number of slots: every slot is below it, so that slots can index an array (a small-int id of
     *     each word of the table, see {@link Lexicon})
     */
    static int size() {
        return WORDS.size();
    }

    /** @return the table itself: a {@link Vocabulary} of no more words uses it as it is */
    static WordTable table() {
        return WORDS;
    }

    /**
     * The slot of an ASCII word written in a text, found without making a string of it.
     *
     * @param text  the characters of the text
     * @param start first character of the word (ASCII letters, digits and {@code . , :})
     * @param end   one past its last character
     * @param hash  what {@code hashCode()} of the word's string would be
     * @param pack  the word's {@link WordTable#pack(long, int) pack}
     * @return the slot holding the word ({@link #word}, {@link #flags}), or -1 if the table does not hold it
     */
    static int slot(char[] text, int start, int end, int hash, long pack) {
        return WORDS.find(text, start, end, hash, pack);
    }

    /**
     * The slot of an ASCII word written in a text with capitals, by its lower case.
     *
     * @param text  the characters of the text
     * @param start first character of the word (ASCII letters and digits)
     * @param end   one past its last character
     * @param hash  what {@code hashCode()} of the word's lower case would be
     * @param pack  the {@link WordTable#pack(long, int) pack} of the word's lower case
     * @return the slot holding the word's lower case, or -1 if the table does not hold it
     */
    static int slotIgnoringCase(char[] text, int start, int end, int hash, long pack) {
        return WORDS.findAsciiLowerCase(text, start, end, hash, pack);
    }

    /**
     * @param c an ASCII character
     * @return the slot of the key of the token that is just {@code c}, -1 if the table does not hold it
     */
    static int asciiSlot(int c) {
        return ASCII_SLOTS[c];
    }

    /**
     * @param slot a slot from {@link #slot}
     * @return the word in it
     */
    static String word(int slot) {
        return WORDS.word(slot);
    }

    /**
     * @param slot a slot from {@link #slot}
     * @return the flags of the word in it
     */
    static int flags(int slot) {
        return FLAGS[slot];
    }

    private static void add(java.util.Map<String, Integer> m, Set<String> words, int flag) {
        for (String w : words) {
            m.merge(w, flag, (a, b) -> a | b);
        }
    }
}
