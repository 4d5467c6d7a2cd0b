package org.safeguardingkit.categories;

/**
 * The lookup key of a code, alias or label: lower case, letters and digits only, so that
 * {@code "Peer-on-Peer"}, {@code "peer on peer"} and {@code "peer_on_peer"} are the same key.
 */
public final class CodeKey {

    private CodeKey() {
    }

    /** The key of {@code text}; empty when it has no letters or digits. */
    public static String of(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                key.appendCodePoint(Character.toLowerCase(cp));
            }
            i += Character.charCount(cp);
        }
        return key.toString();
    }
}
