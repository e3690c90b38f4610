package org.eventwire.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Prints query results as JSON Lines (one record per line) or as an aligned text table. */
public final class Render {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.INDENT_OUTPUT);
    /** Table cells longer than this are cut with "…" so rows stay readable. */
    static final int MAX_CELL = 60;

    private Render() {
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One JSON object per line, each line ending in a newline. */
    public static String jsonLines(List<?> rows) {
        StringBuilder sb = new StringBuilder();
        for (Object r : rows) {
            sb.append(json(r)).append('\n');
        }
        return sb.toString();
    }

    /** Records as a table: one column per record component, padded to the widest cell. */
    public static String table(List<? extends Record> rows) {
        if (rows.isEmpty()) {
            return "(no rows)\n";
        }
        RecordComponent[] comps = rows.get(0).getClass().getRecordComponents();
        List<String[]> cells = new ArrayList<>();
        String[] head = new String[comps.length];
        for (int i = 0; i < comps.length; i++) {
            head[i] = comps[i].getName();
        }
        cells.add(head);
        for (Record r : rows) {
            String[] line = new String[comps.length];
            for (int i = 0; i < comps.length; i++) {
                line[i] = cell(value(comps[i], r));
            }
            cells.add(line);
        }
        int[] width = new int[comps.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                width[i] = Math.max(width[i], line[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] line : cells) {
            StringBuilder l = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                l.append(i == 0 ? "" : "  ").append(String.format("%-" + width[i] + "s", line[i]));
            }
            sb.append(l.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        String s = v.toString().replaceAll("\\s+", " ");
        return s.length() > MAX_CELL ? s.substring(0, MAX_CELL - 1) + "…" : s;
    }
}
