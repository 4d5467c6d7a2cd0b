package org.safeguardingkit.core.text;

import java.util.List;
import java.util.Set;

/** Word lists that tell what kind of person a noun phrase names (internal). */
final class SpeakerRoles {

    static final Set<String> WRITER = words("i", "we", "me", "us", "myself", "lets"); // "let's say": the writer's aside
    static final Set<String> CHILD_PRONOUNS = words("he", "she", "they", "him", "her", "them");
    static final Set<String> PARENT = words(
            "mum", "mummy", "mom", "mother", "dad", "daddy", "father", "parent", "parents", "carer", "carers", "stepdad",
            "stepmum", "stepfather", "stepmother", "step", "nan", "nanny", "nana", "gran", "granny", "grandma", "grandad",
            "grandpa", "grandmother", "grandfather", "grandparent", "grandparents", "guardian", "mums", "dads",
            "auntie", "aunt", "uncle", "foster", "partner", "boyfriend", "girlfriend", "family", "household");
    static final Set<String> FAMILY = words(
            "brother", "sister", "sibling", "siblings", "cousin", "cousins", "brothers", "sisters");
    static final Set<String> PROFESSIONAL = words(
            "police", "officer", "officers", "pcso", "pc", "constable", "detective", "social", "worker", "sw", "nurse",
            "doctor", "gp", "paramedic", "paramedics", "camhs", "ewo", "health", "visitor", "midwife", "psychologist",
            "counsellor", "therapist", "clinician", "consultant", "hospital", "mash", "csc", "lado", "prevent", "duty",
            "practitioner", "caseworker", "advocate", "coach", "ambulance", "social-worker", "la");
    static final Set<String> STAFF = words(
            "mr", "mrs", "miss", "ms", "mx", "sir", "teacher", "teachers", "tutor", "ta", "senco", "dsl", "ddsl", "head",
            "hoy", "staff", "supervisor", "receptionist", "colleague", "colleagues", "deputy", "headteacher", "principal",
            "assistant", "mentor", "lunchtime", "leader", "key", "person", "first", "aider", "caretaker", "office", "school",
            "pastoral", "attendance", "manager", "coordinator", "dr", "keyworker");
    static final Set<String> PEER = words(
            "friend", "friends", "pupil", "pupils", "classmate", "classmates", "peer", "peers", "student", "students", "boys",
            "girls", "boy", "girl", "others", "child", "children", "kids", "lads", "someone", "group", "witness", "witnesses",
            "year", "y7", "y8", "y9", "y10", "y11", "y12", "y13");
    static final Set<String> OTHER = words(
            "man", "woman", "men", "women", "neighbour", "neighbours", "stranger", "adult", "adults", "member", "public",
            "person", "somebody", "driver", "owner", "landlord");
    static final Set<String> FEMALE = words(
            "mum", "mummy", "mom", "mother", "nan", "nanny", "nana", "gran", "granny", "grandma", "grandmother", "aunt",
            "auntie", "mrs", "miss", "ms", "sister", "stepmum", "stepmother", "girlfriend", "woman");
    static final Set<String> MALE = words(
            "dad", "daddy", "father", "grandad", "grandpa", "grandfather", "uncle", "mr", "sir", "brother", "stepdad",
            "stepfather", "boyfriend", "man");

    private SpeakerRoles() {
    }

    static SpeakerRole classify(List<Token> tokens, String[] keys, int[] wordClass, int start, int end) {
        boolean professional = false;
        boolean staff = false;
        boolean parent = false;
        boolean family = false;
        boolean peer = false;
        boolean other = false;
        boolean pronoun = false;
        boolean the = false;
        boolean name = false;
        for (int i = start; i < end; i++) {
            Token t = tokens.get(i);
            String k = keys[i];
            int f = wordClass[i];
            if (k.endsWith("s") && t.normal().endsWith("'s") && !k.equals("lets")) { // "let's" is no possessive
                k = k.substring(0, k.length() - 1);
                f = WordClasses.of(k);
            }
            if ((f & WordClasses.WRITER) != 0) {
                return SpeakerRole.WRITER;
            }
            if (k.equals("the") || k.equals("this")) {
                the = true;
            }
            // the head noun is the last word: "Mia's mum" is a parent, "mum's friend" a friend
            professional |= (f & WordClasses.PROFESSIONAL) != 0;
            staff |= (f & WordClasses.STAFF) != 0;
            parent |= (f & WordClasses.PARENT) != 0;
            family |= (f & WordClasses.FAMILY) != 0;
            peer |= (f & WordClasses.PEER) != 0;
            other |= (f & WordClasses.OTHER) != 0;
            boolean childPronoun = (f & WordClasses.CHILD_PRONOUN) != 0;
            pronoun |= childPronoun;
            name |= t.isCapitalised() && i > start && t.kind() == TokenKind.WORD || t.isCapitalised() && !childPronoun;
        }
        String h = keys[end - 1];
        int hf = wordClass[end - 1];
        if ((hf & WordClasses.PARENT) != 0) {
            return SpeakerRole.PARENT_OR_CARER;
        }
        if ((hf & WordClasses.FAMILY) != 0) {
            return SpeakerRole.FAMILY_MEMBER;
        }
        if ((hf & WordClasses.PROFESSIONAL) != 0 || professional && !staff && !peer) {
            return SpeakerRole.PROFESSIONAL;
        }
        if (h.equals("child") || h.equals("pupil") || h.equals("student")) {
            return the ? SpeakerRole.CHILD : SpeakerRole.PEER;
        }
        if ((hf & WordClasses.STAFF) != 0 || staff && !peer) {
            return SpeakerRole.STAFF;
        }
        if ((hf & WordClasses.PEER) != 0 || peer) {
            return SpeakerRole.PEER;
        }
        if (parent) {
            return SpeakerRole.PARENT_OR_CARER;
        }
        if (family) {
            return SpeakerRole.FAMILY_MEMBER;
        }
        if (professional) {
            return SpeakerRole.PROFESSIONAL;
        }
        if (other) {
            return SpeakerRole.OTHER;
        }
        if (pronoun && end - start == 1) {
            return SpeakerRole.CHILD;
        }
        if (name) {
            return SpeakerRole.NAMED;
        }
        return SpeakerRole.OTHER;
    }

    static boolean genderAgrees(int[] wordClass, int start, int end, String pronoun) {
        boolean female = false;
        boolean male = false;
        for (int i = start; i < end; i++) {
            female |= (wordClass[i] & WordClasses.FEMALE) != 0;
            male |= (wordClass[i] & WordClasses.MALE) != 0;
        }
        return pronoun.equals("she") ? female && !male : male && !female;
    }

    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }
}
