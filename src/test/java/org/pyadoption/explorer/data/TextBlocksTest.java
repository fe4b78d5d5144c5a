package org.pyadoption.explorer.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.pyadoption.explorer.data.synthetic.SyntheticDataset;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.Utf8Text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The blocks the long texts of a file are copied into: what each text reads back as, and how few arrays they take. */
class TextBlocksTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(TextBlocks blocks, long span) {
        return Utf8Text.decode(blocks.block(), span);
    }

    @Test
    void textsPutOneAfterAnotherShareABlockAndReadBackEach() {
        TextBlocks blocks = new TextBlocks(1 << 20);
        byte[] src = utf8("..Zürich 🐍..Oslo..");

        long zurich = blocks.put(src, 2, utf8("Zürich 🐍").length);
        byte[] first = blocks.block();
        long oslo = blocks.put(src, src.length - 6, 4);

        assertThat(blocks.block()).isSameAs(first);
        assertThat(Utf8Text.decode(first, zurich)).isEqualTo("Zürich 🐍");
        assertThat(Utf8Text.decode(first, oslo)).isEqualTo("Oslo");
        assertThat(Utf8Text.offset(oslo)).isEqualTo(Utf8Text.length(zurich));
    }

    @Test
    void blocksGrowTwiceAsLargeUpToTheLargest() {
        int largest = (1 << 20) - 16;
        TextBlocks blocks = new TextBlocks(largest);
        byte[] text = new byte[4000];
        Set<byte[]> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            blocks.put(text, 0, text.length);
            if (seen.add(blocks.block())) {
                sizes.add(blocks.block().length);
            }
        }

        // 8 MB of texts: 64 KB, 128 KB, ... 1 MB, then blocks of 1 MB, each filling a heap region of that size
        assertThat(sizes).startsWith(65536 - 16, 131072 - 16, 262144 - 16, 524288 - 16, largest)
                .allMatch(size -> size <= largest);
        assertThat(sizes.subList(4, sizes.size())).containsOnly(largest);
        assertThat(sizes).hasSizeLessThan(16);
    }

    @Test
    void aLongTextGetsAnArrayOfItsOwnAndTheBlockCarriesOn() {
        TextBlocks blocks = new TextBlocks(1 << 20);
        byte[] shortText = utf8("short");
        byte[] longText = utf8("é".repeat(5000));

        blocks.put(shortText, 0, shortText.length);
        byte[] block = blocks.block();
        long spanOfLong = blocks.put(longText, 0, longText.length);

        assertThat(blocks.block()).hasSize(10_000).isNotSameAs(block);
        assertThat(text(blocks, spanOfLong)).isEqualTo("é".repeat(5000));
        long next = blocks.put(shortText, 0, shortText.length);
        assertThat(blocks.block()).isSameAs(block);
        assertThat(Utf8Text.offset(next)).isEqualTo(shortText.length);
    }

    @Test
    void onlyTheRoomOfTheLastTextIsGivenBack() {
        TextBlocks blocks = new TextBlocks(1 << 20);
        byte[] src = utf8("abcdef");
        long ab = blocks.put(src, 0, 2);
        byte[] block = blocks.block();
        long cd = blocks.put(src, 2, 2);

        blocks.takeBack(block, ab); // not the last: kept
        long ef = blocks.put(src, 4, 2);
        blocks.takeBack(block, ef); // the last: its room is used again
        long again = blocks.put(src, 0, 1);

        assertThat(Utf8Text.decode(block, ab)).isEqualTo("ab");
        assertThat(Utf8Text.decode(block, cd)).isEqualTo("cd");
        assertThat(Utf8Text.offset(ef)).isEqualTo(4);
        assertThat(Utf8Text.offset(again)).isEqualTo(4);
    }

    @Test
    void blocksAreSizedToTheRegionsG1GivesTheHeap() {
        long mb = 1L << 20;
        assertThat(TextBlocks.regionSize(256 * mb)).isEqualTo(1 << 20);
        assertThat(TextBlocks.regionSize(2048 * mb)).isEqualTo(1 << 20);
        assertThat(TextBlocks.regionSize(3000 * mb)).isEqualTo(2 << 20);
        assertThat(TextBlocks.regionSize(4096 * mb)).isEqualTo(2 << 20);
        assertThat(TextBlocks.regionSize(6144 * mb)).isEqualTo(4 << 20);
        assertThat(TextBlocks.regionSize(16384 * mb)).isEqualTo(8 << 20);
        assertThat(TextBlocks.regionSize(1L << 40)).isEqualTo(32 << 20);
    }

    @Test
    void aLoadedDatasetKeepsItsTextsInAFewBlocksAndEachReadsAsInTheFile() throws Exception {
        byte[] file = SyntheticDataset.bytes(3000, 7);
        LoadedDataset loaded = new DatasetLoader().load("synthetic.json", () -> new ByteArrayInputStream(file));
        JsonArray companies = JsonParser.parseString(new String(file, StandardCharsets.UTF_8)).getAsJsonObject()
                .getAsJsonArray("companies");

        Set<byte[]> blocks = Collections.newSetFromMap(new IdentityHashMap<>());
        int texts = 0;
        List<Company> read = loaded.dataset().companies();
        assertThat(read).hasSize(companies.size());
        for (int i = 0; i < read.size(); i++) {
            Company c = read.get(i);
            JsonObject json = companies.get(i).getAsJsonObject();
            assertThat(c.pythonAdoption().text()).isEqualTo(string(json.getAsJsonObject("pythonAdoption"), "text"));
            assertThat(values(c.notableFacts())).isEqualTo(strings(json, "notableFacts", "value"));
            assertThat(c.quotes().stream().map(Quote::text).toList()).isEqualTo(strings(json, "quotes", "text"));
            assertThat(c.quotes().stream().map(Quote::speaker).toList()).isEqualTo(strings(json, "quotes", "speaker"));
            assertThat(c.figures().stream().map(Figure::value).toList()).isEqualTo(strings(json, "figures", "value"));
            for (Fact f : c.facts()) {
                if (f instanceof TextFact t) {
                    blocks.add(t.valueBlock());
                    texts++;
                } else if (f instanceof Quote q) {
                    blocks.add(q.textBlock());
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(10_000);
        assertThat(blocks).hasSizeLessThan(texts / 1000);
    }

    private static List<String> values(List<TextFact> facts) {
        return facts.stream().map(TextFact::value).toList();
    }

    private static List<String> strings(JsonObject company, String array, String field) {
        JsonElement list = company.get(array);
        if (list == null) {
            return List.of();
        }
        return list.getAsJsonArray().asList().stream().map(e -> string(e.getAsJsonObject(), field)).toList();
    }

    private static String string(JsonObject o, String field) {
        return o.get(field).getAsString();
    }
}
