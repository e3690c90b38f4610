package org.eventwire.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.eventwire.model.AnalyzedArticle;

/**
 * The JSON form of the output contract: one object per article on one line, fields in record
 * order, nulls left out. Same record, same bytes.
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(SerializationFeature.INDENT_OUTPUT)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private ArticleJson() {
    }

    public static String toLine(AnalyzedArticle a) {
        try {
            return MAPPER.writeValueAsString(a);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + a.id(), e);
        }
    }

    public static AnalyzedArticle fromLine(String line) {
        try {
            return MAPPER.readValue(line, AnalyzedArticle.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an eventwire article: " + e.getOriginalMessage(), e);
        }
    }

    /** The shared, immutable mapper, for modules that write other JSON. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
