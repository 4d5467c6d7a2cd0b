package org.safeguardingkit.examples.generate;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A pattern the generator plants in a log so that a review has something known to find.
 */
public enum Plant {
    /** Four pupils of one year group repeatedly involved together, about every eight school days. */
    PEER_GROUP("peer-group"),
    /** A bus stop with after-school fights and other harms, three days a week for weeks, different pupils. */
    HOTSPOT("hotspot"),
    /** One pupil whose incidents rise in severity and come closer together. */
    ESCALATING("escalating"),
    /** One week with a burst of one category (image sharing on Snapchat), tagged as a theme. */
    SPIKE("spike");

    private final String id;

    Plant(String id) {
        this.id = id;
    }

    /**
     * The id used on the command line, e.g. {@code peer-group}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * Parses an id ({@code peer-group}) or a constant name ({@code PEER_GROUP}).
     *
     * @param text the text
     * @return the plant
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Plant parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Plant p : values()) {
            if (p.id.equals(key)) {
                return p;
            }
        }
        throw new IllegalArgumentException("SGK-0651: unknown pattern to plant '" + text + "'; expected one of: "
                + Arrays.stream(values()).map(Plant::id).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return id;
    }
}
