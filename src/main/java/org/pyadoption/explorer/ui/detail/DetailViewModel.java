package org.pyadoption.explorer.ui.detail;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.pyadoption.explorer.data.IndexedCompany;
import org.pyadoption.explorer.data.LoadedDataset;
import org.pyadoption.explorer.ui.common.DialogService;
import org.pyadoption.explorer.data.WebAddress;
import org.pyadoption.explorer.ui.common.Messages;
import org.pyadoption.explorer.ui.state.ExplorerState;

/** The selected company as a {@link CompanyProfile}, derived from the shared state; null when none is selected. */
public final class DetailViewModel {

    private final ExplorerState state;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<CompanyProfile> profile = new ReadOnlyObjectWrapper<>(this, "profile");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(this, "empty", true);
    private IndexedCompany shown;

    public DetailViewModel(ExplorerState state, DialogService dialogs) {
        this.state = state;
        this.dialogs = dialogs;
        state.selectedCompanyProperty().addListener((obs, old, now) -> refresh());
        state.datasetProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    private void refresh() {
        IndexedCompany selected = state.getSelectedCompany();
        LoadedDataset dataset = state.getDataset();
        if (selected == null || dataset == null) {
            shown = null;
            profile.set(null);
        } else if (selected != shown) {
            shown = selected;
            profile.set(ProfileBuilder.build(selected.company(), dataset.index()));
        }
        empty.set(profile.get() == null);
    }

    /** The selected company's profile, or null when nothing is selected. */
    public ReadOnlyObjectProperty<CompanyProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public CompanyProfile getProfile() {
        return profile.get();
    }

    /** True when there is nothing to show. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public boolean isEmpty() {
        return empty.get();
    }

    /** What the pane says when nothing is selected. */
    public String emptyMessage() {
        return Messages.get("detail.empty");
    }

    /** Opens the marker's source in the browser; markers without an http(s) address do nothing. */
    public void open(SourceMarker marker) {
        if (marker != null) {
            openLink(marker.url());
        }
    }

    /** Opens an http(s) address in the browser; anything else is ignored. */
    public void openLink(String url) {
        if (WebAddress.isHttp(url)) {
            dialogs.openLink(url.strip());
        }
    }
}
