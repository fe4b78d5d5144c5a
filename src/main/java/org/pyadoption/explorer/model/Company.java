package org.pyadoption.explorer.model;

import java.util.ArrayList;
import java.util.List;

/** Everything the dataset says about one company's use of Python. Single facts may be null when unknown. */
public record Company(String id, String name, TextFact industry, TextFact headquartersCountry, FoundedYear founded,
                      Adoption pythonAdoption, List<UseCaseFact> useCases, List<FrameworkFact> frameworks,
                      List<TextFact> openSourceProjects, List<LanguageFact> otherLanguages, List<Figure> figures,
                      List<Quote> quotes, List<TextFact> notableFacts, List<TextFact> alternativesConsidered,
                      List<TextFact> painPoints) {

    public Company {
        useCases = List.copyOf(useCases);
        frameworks = List.copyOf(frameworks);
        openSourceProjects = List.copyOf(openSourceProjects);
        otherLanguages = List.copyOf(otherLanguages);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
        notableFacts = List.copyOf(notableFacts);
        alternativesConsidered = List.copyOf(alternativesConsidered);
        painPoints = List.copyOf(painPoints);
    }

    /** Every fact about the company, single facts first, in file order. */
    public List<Fact> facts() {
        List<Fact> all = new ArrayList<>(factCount());
        for (Fact f : new Fact[] {industry, headquartersCountry, founded, pythonAdoption}) {
            if (f != null) {
                all.add(f);
            }
        }
        all.addAll(useCases);
        all.addAll(frameworks);
        all.addAll(openSourceProjects);
        all.addAll(otherLanguages);
        all.addAll(figures);
        all.addAll(quotes);
        all.addAll(notableFacts);
        all.addAll(alternativesConsidered);
        all.addAll(painPoints);
        return all;
    }

    public int factCount() {
        int singles = (industry != null ? 1 : 0) + (headquartersCountry != null ? 1 : 0) + (founded != null ? 1 : 0)
                + (pythonAdoption != null ? 1 : 0);
        return singles + useCases.size() + frameworks.size() + openSourceProjects.size() + otherLanguages.size()
                + figures.size() + quotes.size() + notableFacts.size() + alternativesConsidered.size()
                + painPoints.size();
    }

    /** Facts whose wording was read in a cited source. */
    public int verifiedFactCount() {
        int n = 0;
        for (Fact f : facts()) {
            if (f.verified()) {
                n++;
            }
        }
        return n;
    }
}
