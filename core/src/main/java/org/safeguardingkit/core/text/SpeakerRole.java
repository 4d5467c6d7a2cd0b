package org.safeguardingkit.core.text;

/** Who a {@link Speaker} is, as far as the words naming them tell. */
public enum SpeakerRole {
    /** The person writing the record ("I", "we", or no subject: "Told mum ..."). */
    WRITER,
    /** A pronoun or "the child"/"the pupil": most likely the child the record is about. */
    CHILD,
    /** A proper name: the child the record is about or another person; the caller decides. */
    NAMED,
    /** Mum, dad, step-parents, grandparents, carers. */
    PARENT_OR_CARER,
    /** Brothers, sisters, cousins and other relatives who are not carers. */
    FAMILY_MEMBER,
    /** Staff of the school: teachers, tutors, "Mr Hill", "the DSL". */
    STAFF,
    /** Other professionals: police, social workers, nurses, doctors, CAMHS. */
    PROFESSIONAL,
    /** Other pupils: "her friend", "a Year 11 pupil", "the boys". */
    PEER,
    /** Some other person: "a neighbour", "a man". */
    OTHER,
    /** Nobody is named: "it was reported that ...", "apparently". */
    UNKNOWN;

    /** @return whether words spoken by this speaker are the writer's own */
    public boolean isWriter() {
        return this == WRITER;
    }
}
