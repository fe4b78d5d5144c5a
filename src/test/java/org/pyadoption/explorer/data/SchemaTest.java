package org.pyadoption.explorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.model.Confidence;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.YearQualifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schema that editors use for dataset files, checked against the bundled dataset and the app's rules. */
class SchemaTest {

    @Test
    void schemaIsDraft202012JsonWithItsId() {
        JsonNode schema = DatasetSchema.schemaNode();

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).isEqualTo(DatasetSchema.ID);
        assertThat(schema.path("title").asText()).contains("format version 1");
    }

    @Test
    void schemaIsValidAgainstTheDraft202012MetaSchema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

        Set<ValidationMessage> problems = factory.getSchema(SchemaLocation.of(SchemaId.V202012))
                .validate(DatasetSchema.schemaNode());

        assertThat(problems).isEmpty();
    }

    @Test
    void bundledDatasetValidatesAgainstTheSchema() throws IOException {
        JsonNode bundled = DatasetSchema.parse(bundledBytes()).orElseThrow();

        assertThat(DatasetSchema.problems(bundled)).isEmpty();
    }

    @Test
    void bundledDatasetPointsEditorsAtTheSchemaFile() throws IOException {
        JsonNode bundled = DatasetSchema.parse(bundledBytes()).orElseThrow();
        String reference = bundled.path("$schema").asText();

        assertThat(reference).isEqualTo("../schema/dataset.schema.json");
        Path schemaBesideData = Path.of("resources", "data").resolve(reference).normalize();
        assertThat(schemaBesideData).isEqualTo(Path.of("resources", "schema", "dataset.schema.json"));
        assertThat(Files.isRegularFile(schemaBesideData)).as("%s exists", schemaBesideData).isTrue();
    }

    @Test
    void schemaVocabulariesAreTheAppsVocabularies() {
        JsonNode defs = DatasetSchema.schemaNode().path("$defs");

        assertThat(strings(defs.path("useCaseFact").path("properties").path("useCase").path("enum")))
                .containsExactlyElementsOf(ids(UseCase.values(), UseCase::id));
        assertThat(strings(defs.path("sourceKind").path("enum")))
                .containsExactlyElementsOf(ids(SourceKind.values(), SourceKind::id));
        assertThat(strings(defs.path("provenance").path("properties").path("confidence").path("enum")))
                .containsExactlyElementsOf(ids(Confidence.values(), Confidence::id));
        assertThat(strings(defs.path("adoptionFact").path("properties").path("yearQualifier").path("enum")))
                .containsExactlyElementsOf(ids(YearQualifier.values(), YearQualifier::id));
    }

    @Test
    void staticRangesMatchTheValidator() {
        JsonNode defs = DatasetSchema.schemaNode().path("$defs");

        assertThat(defs.path("adoptionFact").path("properties").path("year").path("minimum").asInt())
                .isEqualTo(DatasetValidator.FIRST_PYTHON_YEAR);
        assertThat(defs.path("foundedFact").path("properties").path("year").path("minimum").asInt())
                .isEqualTo(DatasetValidator.FIRST_FOUNDING_YEAR);
        assertThat(defs.path("provenance").path("properties").path("sources").path("minItems").asInt()).isEqualTo(1);
        assertThat(DatasetSchema.schemaNode().path("properties").path("formatVersion").path("const").asInt())
                .isEqualTo(DatasetValidator.SUPPORTED_FORMAT);
    }

    @Test
    void everyObjectInTheSchemaForbidsUnknownFieldsExceptTheProvenanceMixIn() {
        JsonNode schema = DatasetSchema.schemaNode();
        List<String> open = new ArrayList<>();
        if (!schema.path("additionalProperties").isBoolean()) {
            open.add("(root)");
        }
        schema.path("$defs").fields().forEachRemaining(def -> {
            boolean object = "object".equals(def.getValue().path("type").asText());
            if (object && !def.getValue().path("additionalProperties").isBoolean()) {
                open.add(def.getKey());
            }
        });

        assertThat(open).containsExactly("provenance");
    }

    @Test
    void everyFieldHasHelpForEditors() {
        JsonNode schema = DatasetSchema.schemaNode();
        JsonNode defs = schema.path("$defs");
        List<String> withoutHelp = new ArrayList<>();
        fieldsWithoutHelp("(root)", schema.path("properties"), defs, withoutHelp);
        defs.fields().forEachRemaining(def ->
                fieldsWithoutHelp(def.getKey(), def.getValue().path("properties"), defs, withoutHelp));

        assertThat(withoutHelp).isEmpty();
    }

    /** A field has help when it has a title or description, or refers to a definition with a title. */
    private static void fieldsWithoutHelp(String owner, JsonNode properties, JsonNode defs, List<String> out) {
        properties.fields().forEachRemaining(field -> {
            JsonNode f = field.getValue();
            // "sources": true and the like in fact shapes: the help is in $defs/provenance
            boolean provenanceName = f.isBoolean();
            String ref = f.path("$ref").asText();
            boolean referencedHelp = ref.startsWith("#/$defs/")
                    && defs.path(ref.substring("#/$defs/".length())).has("title");
            if (!provenanceName && !f.has("title") && !f.has("description") && !referencedHelp) {
                out.add(owner + "." + field.getKey());
            }
        });
    }

    private static byte[] bundledBytes() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(DatasetLoader.BUNDLED_RESOURCE)) {
            assertThat(in).as("bundled dataset on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
