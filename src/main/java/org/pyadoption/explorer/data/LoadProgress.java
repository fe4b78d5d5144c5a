package org.pyadoption.explorer.data;

/** Told how far a load has got. Called on the loading thread, about every 256 KiB and once at the end. */
@FunctionalInterface
public interface LoadProgress {

    /** Reports nothing. */
    LoadProgress NONE = (bytesRead, totalBytes) -> {
    };

    /**
     * @param bytesRead  bytes of the file read so far
     * @param totalBytes the file's size, or -1 when it is not known (a stream)
     */
    void bytesRead(long bytesRead, long totalBytes);
}
