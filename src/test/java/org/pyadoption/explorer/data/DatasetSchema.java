package org.pyadoption.explorer.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The dataset's JSON Schema as an editor or another tool would apply it, for tests. */
final class DatasetSchema {

    static final String RESOURCE = "/schema/dataset.schema.json";
    static final String ID = "urn:python-adoption-explorer:schema:dataset:1";

    /** Strict JSON: a second value after the first is an error, as it is for the app. */
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final JsonSchema SCHEMA = load();

    private DatasetSchema() {
    }

    static JsonNode schemaNode() {
        try (InputStream in = DatasetSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    }

    /** The file as JSON, or empty when it is not JSON at all (then no schema can judge it). */
    static Optional<JsonNode> parse(byte[] file) {
        try {
            JsonNode node = JSON.readTree(file);
            // an empty or blank file reads as a "missing" node, not as an error
            return node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's complaints about a JSON document, as "instance path: message" lines; empty when it passes. */
    static List<String> problems(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
