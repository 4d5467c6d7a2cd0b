package org.safeguardingkit.core.text;

/** How words are attributed to a {@link Speaker}. */
public enum ReportKind {
    /** A verb of saying: "said", "told me", "disclosed", "reported", "explained", "emailed". */
    SAID,
    /** A verb of thinking or feeling with a third-person subject: "Mum thinks", "she felt", "he believes". */
    THOUGHT,
    /** Name-calling: "called Maya a slag". The content is the name, not the writer's label. */
    CALLED,
    /** A named source: "according to Mum", "in her words". */
    ACCORDING_TO,
    /** Hearsay without a source: "apparently", "allegedly", "reportedly". */
    HEARSAY
}
