package org.pyadoption.explorer.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.pyadoption.explorer.data.CatalogQuery.Facet;

/** One value of a facet, e.g. "Django", with whether it is chosen and how many companies it would show. */
public final class FacetOption {

    private final Facet facet;
    private final String key;
    private final String name;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final IntegerProperty count = new SimpleIntegerProperty(this, "count");
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper(this, "label");

    FacetOption(Facet facet, String key, String name) {
        this.facet = facet;
        this.key = key;
        this.name = name;
        label.bind(Bindings.createStringBinding(() -> name + " (" + count.get() + ")", count));
    }

    public Facet facet() {
        return facet;
    }

    /** The value the filter uses: a use-case id, framework id, industry or country. */
    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    public boolean isSelected() {
        return selected.get();
    }

    public void setSelected(boolean value) {
        selected.set(value);
    }

    public ReadOnlyIntegerProperty countProperty() {
        return count;
    }

    public int getCount() {
        return count.get();
    }

    void setCount(int value) {
        count.set(value);
    }

    /** "Django (5)". */
    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return label.get();
    }
}
