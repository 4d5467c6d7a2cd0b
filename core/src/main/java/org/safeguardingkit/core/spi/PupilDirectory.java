package org.safeguardingkit.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.safeguardingkit.core.model.FamilyId;
import org.safeguardingkit.core.model.PupilId;

/**
 * Who the pupils are (SPI): names for redaction and family links. Implementations must be thread-safe.
 */
public interface PupilDirectory {

    /**
     * A pupil's entry.
     *
     * @param id the pupil
     * @return the entry, or empty if unknown
     */
    Optional<DirectoryEntry> find(PupilId id);

    /**
     * The pupils of a family (siblings, also across schools).
     *
     * @param family the family
     * @return the entries in order of pupil id, possibly empty
     */
    List<DirectoryEntry> family(FamilyId family);

    /**
     * Every name the directory knows that must be redacted from free text: pupils', staff members' and family
     * members'. Each name once, stripped, none blank, in no particular order.
     *
     * @return the names; the caller closes the stream
     */
    Stream<String> namesToRedact();
}
