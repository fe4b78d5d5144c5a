package org.pyadoption.explorer.ui.detail;

import org.pyadoption.explorer.data.DatasetIndex;
import org.pyadoption.explorer.model.Company;
import org.pyadoption.explorer.model.Fact;
import org.pyadoption.explorer.model.Figure;
import org.pyadoption.explorer.model.Provenance;
import org.pyadoption.explorer.model.Quote;
import org.pyadoption.explorer.model.SourceKind;
import org.pyadoption.explorer.model.TextFact;
import org.pyadoption.explorer.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns a company into the {@link CompanyProfile} the pane shows. Facts are visited in display order, so markers are
 * numbered as a reader meets them.
 */
final class ProfileBuilder {

    private final SourceNumbering sources;

    private ProfileBuilder(DatasetIndex index) {
        this.sources = new SourceNumbering(index);
    }

    static CompanyProfile build(Company c, DatasetIndex index) {
        return new ProfileBuilder(index).profile(c);
    }

    private CompanyProfile profile(Company c) {
        FactLine industry = c.industry() == null ? null : line(c.industry(), c.industry().value(), c.industry().asOf());
        FactLine country = c.headquartersCountry() == null ? null
                : line(c.headquartersCountry(), c.headquartersCountry().value(), c.headquartersCountry().asOf());
        FactLine founded = c.founded() == null ? null : line(c.founded(), c.founded().text(), null);
        FactLine adoption = c.pythonAdoption() == null ? null : line(c.pythonAdoption(), c.pythonAdoption().text(), null);
        String adoptionLabel = c.pythonAdoption() == null ? "" : c.pythonAdoption().yearLabel();
        List<FactLine> useCases = map(c.useCases(), u -> line(u, u.text(), null));

        List<ProfileSection> sections = new ArrayList<>();
        section(sections, "frameworks", map(c.frameworks(), f -> line(f, f.value(), null)));
        section(sections, "openSource", map(c.openSourceProjects(), this::textLine));
        section(sections, "otherLanguages", map(c.otherLanguages(), l -> line(l, l.value(), l.asOf())));
        section(sections, "figures", map(c.figures(), this::figureLine));
        section(sections, "quotes", map(c.quotes(), this::quoteLine));
        section(sections, "notable", map(c.notableFacts(), this::textLine));
        section(sections, "alternatives", map(c.alternativesConsidered(), this::textLine));
        section(sections, "painPoints", map(c.painPoints(), this::textLine));

        return new CompanyProfile(c.id(), PlainText.clean(c.name()), industry, country, founded, adoption,
                adoptionLabel, HeaderNotes.of(industry, country, founded), useCases, sections, sources.entries());
    }

    private static <F> List<FactLine> map(List<F> facts, Function<F, FactLine> f) {
        List<FactLine> out = new ArrayList<>(facts.size());
        for (F fact : facts) {
            out.add(f.apply(fact));
        }
        return out;
    }

    private static void section(List<ProfileSection> sections, String id, List<FactLine> lines) {
        if (!lines.isEmpty()) {
            sections.add(new ProfileSection(id, Messages.get("detail.section." + id), lines));
        }
    }

    private FactLine textLine(TextFact f) {
        return line(f, f.value(), f.asOf());
    }

    private FactLine figureLine(Figure f) {
        String label = f.asOf() == null ? Messages.get("detail.asOf.none") : null;
        return line(f, f.value(), f.asOf(), label, null);
    }

    private FactLine quoteLine(Quote q) {
        String speaker = PlainText.clean(q.speaker());
        String role = PlainText.clean(q.role());
        String attribution = null;
        if (speaker != null && !speaker.isEmpty()) {
            attribution = role == null || role.isEmpty() ? Messages.get("detail.quote.speaker", speaker)
                    : Messages.get("detail.quote.speakerRole", speaker, role);
        }
        return line(q, Messages.get("detail.quote.text", PlainText.clean(q.text())), q.asOf(), null, attribution);
    }

    private FactLine line(Fact f, String text, String asOf) {
        return line(f, text, asOf, null, null);
    }

    /** {@code asOfLabel} overrides the "as of" text; without it a date shows as "as of <date>". */
    private FactLine line(Fact f, String text, String asOf, String asOfLabel, String attribution) {
        Provenance p = f.provenance();
        List<SourceMarker> markers = sources.cite(p.sourceIds(), p.seenAt());
        String date = PlainText.clean(asOf);
        String dateLabel = date != null && !date.isEmpty() ? Messages.get("detail.asOf", date) : asOfLabel;
        FactStatus status = status(p);
        String note = PlainText.clean(p.note());
        String reason = switch (status) {
            case SOURCED -> null;
            case UNCONFIRMED -> join(unconfirmedReason(p), note);
            case LOW_CONFIDENCE -> note != null && !note.isEmpty() ? note : Messages.get("detail.reason.lowConfidence");
        };
        return new FactLine(PlainText.clean(text), date, dateLabel, attribution, status, reason,
                status.isSourced() ? emptyToNull(note) : null, evidenceLabel(p), markers);
    }

    /** Sourced only when verified against at least one primary or secondary source; a weak one is flagged. */
    private FactStatus status(Provenance p) {
        boolean documentary = p.evidence() == null || p.evidence().isDocumentary();
        boolean cited = false;
        for (String id : p.sourceIds()) {
            cited |= sources.kind(id).map(SourceKind::isDocumentary).orElse(false);
        }
        if (!p.verified() || !documentary || !cited) {
            return FactStatus.UNCONFIRMED;
        }
        return p.isLowConfidence() ? FactStatus.LOW_CONFIDENCE : FactStatus.SOURCED;
    }

    private String unconfirmedReason(Provenance p) {
        SourceKind kind = p.evidence() != null ? p.evidence() : firstKind(p).orElse(null);
        if (kind == SourceKind.GENERAL_KNOWLEDGE || kind == SourceKind.FOUNDING_DOCUMENT_CLAIM) {
            return Messages.get("detail.reason." + kind.id());
        }
        return Messages.get(p.verified() ? "detail.reason.noDocument" : "detail.reason.notFound");
    }

    private Optional<SourceKind> firstKind(Provenance p) {
        return p.sourceIds().isEmpty() ? Optional.empty() : sources.kind(p.sourceIds().get(0));
    }

    private String evidenceLabel(Provenance p) {
        if (p.evidence() == null || firstKind(p).map(k -> k == p.evidence()).orElse(false)) {
            return null;
        }
        return Messages.get("detail.evidence", p.evidence().label());
    }

    private static String join(String reason, String note) {
        return note == null || note.isEmpty() ? reason : reason + " " + note;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
