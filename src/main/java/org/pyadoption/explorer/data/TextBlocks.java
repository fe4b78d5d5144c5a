package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Utf8Text;

/**
 * The blocks a reader copies the long texts of a file into, for the records to keep as spans (see {@link Utf8Text}).
 * The first block holds 64 KB and each next one twice the last, up to one region of the garbage collector's heap (G1
 * splits the heap into regions of 1 to 32 MB, by its size). An array that large is allocated straight into regions of
 * its own and is never copied, so the texts of a large dataset cost the collector almost nothing; a small dataset
 * stays in a few small blocks. A text over 8 KB gets an array of its own, so a block never ends with much unused.
 * One per reader thread.
 */
final class TextBlocks {

    /** Bytes of an array's header: a block of {@code region - ARRAY_HEADER} bytes fills a region exactly. */
    private static final int ARRAY_HEADER = 16;
    private static final int FIRST = 64 * 1024 - ARRAY_HEADER;
    private static final int OWN_ARRAY_OVER = 8 * 1024;

    private final int largest;
    private byte[] block = new byte[0];
    private int used;
    /** The block of the text put last. */
    private byte[] last;

    TextBlocks() {
        this(regionSize(Runtime.getRuntime().maxMemory()) - ARRAY_HEADER);
    }

    /** Blocks of at most {@code largest} bytes (at least the first block's size). */
    TextBlocks(int largest) {
        this.largest = Math.max(largest, FIRST);
    }

    /**
     * The size G1 gives its regions for a heap of at most {@code maxHeap} bytes: the heap over 2048, rounded up to
     * a power of two, from 1 to 32 MB (JDK 17's {@code HeapRegion::setup_heap_region_size}). When the heap's
     * regions are set otherwise, blocks of this size still work: larger ones fill several regions exactly, smaller
     * ones are copied as any array.
     */
    static int regionSize(long maxHeap) {
        long target = Math.max(maxHeap / 2048, 1);
        long powerOfTwo = Long.highestOneBit(target) == target ? target : Long.highestOneBit(target) << 1;
        return (int) Math.min(Math.max(powerOfTwo, 1L << 20), 32L << 20);
    }

    /** Copies {@code length} bytes from {@code from} in {@code src} into a block; {@link #block()} tells which. */
    long put(byte[] src, int from, int length) {
        if (length > OWN_ARRAY_OVER) {
            last = new byte[length];
            System.arraycopy(src, from, last, 0, length);
            return Utf8Text.span(0, length);
        }
        if (length > block.length - used) {
            block = new byte[block.length == 0 ? FIRST : (int) Math.min(largest, 2L * block.length + ARRAY_HEADER)];
            used = 0;
        }
        System.arraycopy(src, from, block, used, length);
        last = block;
        long span = Utf8Text.span(used, length);
        used += length;
        return span;
    }

    /** The block of the text {@link #put} last. */
    byte[] block() {
        return last;
    }

    /** One text as read: its block and span, or no block when there is none. Reused from one record to the next. */
    static final class Text {
        byte[] block;
        long span;

        void clear() {
            block = null;
            span = 0;
        }

        boolean present() {
            return block != null;
        }
    }

    /**
     * Gives back the room of the text put last, when a record keeps an equal text put earlier instead (a note or an
     * industry that repeats).
     */
    void takeBack(byte[] in, long span) {
        if (in == block && Utf8Text.offset(span) + Utf8Text.length(span) == used) {
            used = Utf8Text.offset(span);
        }
    }
}
