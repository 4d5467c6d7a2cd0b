package org.safeguardingkit.review.render;

/**
 * HTML escaping for text and attribute values (also used for SVG text). Every string that comes from a record
 * goes through {@link #escape(String)} before it is written. Stateless.
 */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for an HTML or SVG text node or a quoted attribute value: {@code & < > " '} become entities,
     * control characters other than tab and line breaks are dropped.
     *
     * @param text the text, may be null (written as empty)
     * @return the escaped text
     */
    static String escape(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f ? "" : null;
            };
            if (rep != null) {
                if (sb == null) {
                    sb = new StringBuilder(text.length() + 16);
                    sb.append(text, 0, i);
                }
                sb.append(rep);
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
    }
}
