package org.safeguardingkit.review.render;

/**
 * Makes a cell safe to open in a spreadsheet: text that a spreadsheet would read as a formula (starting with
 * {@code = + - @}, a tab or a carriage return, also after leading spaces) is prefixed with an apostrophe, which
 * spreadsheets show as text. Stateless.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {
    }

    /**
     * Neutralises a cell.
     *
     * @param text the cell text, may be null (written as empty)
     * @return the text, prefixed with {@code '} if it could be read as a formula
     */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        int i = 0;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char c = text.charAt(i);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        return risky ? "'" + text : text;
    }
}
