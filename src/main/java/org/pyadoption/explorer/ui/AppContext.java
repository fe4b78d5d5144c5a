package org.pyadoption.explorer.ui;

import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.ui.common.AppPreferences;
import org.pyadoption.explorer.ui.common.DialogService;
import org.pyadoption.explorer.ui.common.TaskExecutor;
import org.pyadoption.explorer.ui.state.ExplorerState;

/** What every view needs, handed to each view's constructor by {@link ViewLoader}. Tests build their own. */
public record AppContext(ExplorerState state, TaskExecutor executor, DialogService dialogs, AppPreferences preferences,
                         DatasetLoader loader) {
}
