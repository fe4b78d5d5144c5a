package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Dataset;

/**
 * A dataset that passed every check, with its indexes.
 *
 * @param origin where it came from: a file path, or {@link DatasetLoader#BUNDLED_NAME}
 */
public record LoadedDataset(Dataset dataset, DatasetIndex index, String origin) {

    public boolean isBundled() {
        return DatasetLoader.BUNDLED_NAME.equals(origin);
    }
}
