package org.safeguardingkit.core.validation;

import org.safeguardingkit.core.quality.Finding;

/**
 * Internal: builds violation message templates from findings, escaping record text so the message interpolator
 * never evaluates it.
 */
final class ConstraintMessages {

    private ConstraintMessages() {
    }

    /** The template: the constraint's own message, then the words, the finding's message and its suggestion. */
    static String template(String base, Finding f) {
        StringBuilder b = new StringBuilder(base.length() + 160);
        b.append(base).append(": ");
        f.span().ifPresent(s -> b.append('\'').append(escape(s.text())).append("' - "));
        b.append(escape(f.message()));
        f.suggestion().ifPresent(s -> b.append(" Suggestion: ").append(escape(s)));
        return b.toString();
    }

    /** Escapes the message-interpolation metacharacters {@code \ { } $}. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }
}
