package org.pyadoption.explorer.data;

import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Dataset;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Framework;
import org.pyadoption.explorer.model.FrameworkFact;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.Source;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.model.UseCase;
import org.pyadoption.explorer.model.UseCaseFact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Lookups the window needs, built once when a dataset is loaded. */
public final class DatasetIndex {

    private final List<IndexedCompany> companies;
    private final Map<String, IndexedCompany> byId;
    private final Map<String, Source> sources;
    private final Map<String, Framework> frameworks;
    private final Map<UseCase, List<IndexedCompany>> byUseCase;
    private final Map<String, List<IndexedCompany>> byFramework;
    private final Map<String, List<IndexedCompany>> byCountry;
    private final Map<String, List<IndexedCompany>> byIndustry;
    private final Map<String, List<IndexedCompany>> bySource;

    private DatasetIndex(Dataset d) {
        sources = new HashMap<>();
        for (Source s : d.sources()) {
            sources.put(s.id(), s);
        }
        frameworks = new HashMap<>();
        for (Framework f : d.frameworks()) {
            frameworks.put(f.id(), f);
        }
        List<IndexedCompany> all = new ArrayList<>(d.companies().size());
        byId = new HashMap<>();
        byUseCase = new EnumMap<>(UseCase.class);
        byFramework = new HashMap<>();
        byCountry = new TreeMap<>();
        byIndustry = new TreeMap<>();
        bySource = new HashMap<>();
        for (Company c : d.companies()) {
            IndexedCompany ic = index(c);
            all.add(ic);
            byId.put(c.id(), ic);
            for (UseCase u : ic.useCases()) {
                byUseCase.computeIfAbsent(u, k -> new ArrayList<>()).add(ic);
            }
            for (String f : ic.frameworkIds()) {
                byFramework.computeIfAbsent(f, k -> new ArrayList<>()).add(ic);
            }
            if (!ic.country().isEmpty()) {
                byCountry.computeIfAbsent(ic.country(), k -> new ArrayList<>()).add(ic);
            }
            if (!ic.industry().isEmpty()) {
                byIndustry.computeIfAbsent(ic.industry(), k -> new ArrayList<>()).add(ic);
            }
            Set<String> cited = new LinkedHashSet<>();
            for (Fact f : c.facts()) {
                cited.addAll(f.provenance().sourceIds());
            }
            for (String s : cited) {
                bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(ic);
            }
        }
        companies = Collections.unmodifiableList(all);
    }

    public static DatasetIndex of(Dataset d) {
        return new DatasetIndex(d);
    }

    private IndexedCompany index(Company c) {
        StringBuilder key = new StringBuilder(256);
        append(key, c.name());
        if (c.industry() != null) {
            append(key, c.industry().value());
        }
        EnumSet<UseCase> useCases = EnumSet.noneOf(UseCase.class);
        for (UseCaseFact u : c.useCases()) {
            useCases.add(u.useCase());
            append(key, u.useCase().label());
            append(key, u.useCase().id());
        }
        Set<String> fwIds = new LinkedHashSet<>();
        for (FrameworkFact f : c.frameworks()) {
            append(key, f.value());
            for (String id : f.frameworkIds()) {
                fwIds.add(id);
                Framework fw = frameworks.get(id);
                if (fw != null) {
                    append(key, fw.name());
                }
            }
        }
        for (TextFact p : c.openSourceProjects()) {
            append(key, p.value());
        }
        for (Quote q : c.quotes()) {
            append(key, q.text());
        }
        String industry = c.industry() == null ? "" : c.industry().value();
        String country = c.headquartersCountry() == null ? "" : c.headquartersCountry().value();
        Integer year = c.pythonAdoption() == null ? null : c.pythonAdoption().year();
        return new IndexedCompany(c, key.toString(), Collections.unmodifiableSet(useCases),
                Collections.unmodifiableSet(fwIds), industry, country, year, c.verifiedFactCount());
    }

    private static void append(StringBuilder key, String text) {
        key.append(text.toLowerCase(Locale.ROOT)).append('\n');
    }

    public List<IndexedCompany> companies() {
        return companies;
    }

    public Optional<IndexedCompany> company(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Source> source(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** A framework's display name, or its id when the table lacks it. */
    public String frameworkName(String id) {
        Framework f = frameworks.get(id);
        return f == null ? id : f.name();
    }

    public List<IndexedCompany> withUseCase(UseCase u) {
        return byUseCase.getOrDefault(u, List.of());
    }

    public List<IndexedCompany> withFramework(String frameworkId) {
        return byFramework.getOrDefault(frameworkId, List.of());
    }

    public List<IndexedCompany> inCountry(String country) {
        return byCountry.getOrDefault(country, List.of());
    }

    public List<IndexedCompany> inIndustry(String industry) {
        return byIndustry.getOrDefault(industry, List.of());
    }

    /** Companies with at least one fact citing the source. */
    public List<IndexedCompany> citing(String sourceId) {
        return bySource.getOrDefault(sourceId, List.of());
    }

    /** Countries in alphabetical order. */
    public Set<String> countries() {
        return Collections.unmodifiableSet(byCountry.keySet());
    }

    /** Industries in alphabetical order. */
    public Set<String> industries() {
        return Collections.unmodifiableSet(byIndustry.keySet());
    }

    /** Framework ids used by at least one company. */
    public Set<String> usedFrameworkIds() {
        return Collections.unmodifiableSet(byFramework.keySet());
    }
}
