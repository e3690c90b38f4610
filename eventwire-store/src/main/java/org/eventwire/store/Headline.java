package org.eventwire.store;

/** A story's headline: its first report's title, else the first line of its text that reads as one. */
final class Headline {
    static final int MAX_CHARS = 160;

    private Headline() {
    }

    static String of(String title, String text) {
        if (title != null && !title.isBlank()) {
            return cut(title.strip());
        }
        if (text == null) {
            return null;
        }
        String fallback = null;
        for (String line : text.split("\n")) {
            String l = line.strip();
            // web copy often starts with the page address: not a headline
            if (l.isEmpty() || l.startsWith("http") || l.contains("www.") || l.contains("www .")) {
                continue;
            }
            if (l.split("\\s+").length >= 4) {
                return cut(l);
            }
            if (fallback == null) {
                fallback = l;
            }
        }
        return fallback == null ? null : cut(fallback);
    }

    private static String cut(String s) {
        return s.length() <= MAX_CHARS ? s : s.substring(0, MAX_CHARS - 1).strip() + "…";
    }
}
