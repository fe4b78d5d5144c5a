package org.pyadoption.explorer.ui.testing;

import org.pyadoption.explorer.data.DatasetLoader;
import org.pyadoption.explorer.ui.AppContext;
import org.pyadoption.explorer.ui.common.AppPreferences;
import org.pyadoption.explorer.ui.common.CurrentThreadTaskExecutor;
import org.pyadoption.explorer.ui.state.ExplorerState;

import java.util.UUID;
import java.util.prefs.Preferences;

/** Contexts for tests: synchronous background work, recorded dialogs, a throwaway preferences node. */
public final class TestContexts {

    private TestContexts() {
    }

    public static Preferences freshPreferencesNode() {
        return Preferences.userRoot().node("org/pyadoption/explorer-test/" + UUID.randomUUID());
    }

    public static AppContext synchronous(FakeDialogService dialogs, Preferences node) {
        return new AppContext(new ExplorerState(), new CurrentThreadTaskExecutor(), dialogs,
                new AppPreferences(node), new DatasetLoader());
    }
}
