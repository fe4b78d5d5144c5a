package org.pyadoption.explorer.data.synthetic;

import com.google.gson.stream.JsonWriter;
import org.pyadoption.explorer.model.UseCase;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a valid dataset of any number of made-up companies, with the shape of the bundled data: the same fields,
 * about the same number of facts of each kind per company (17 on average) and texts of about the same lengths, one
 * cited source per fact (two for one in twenty), 82% of facts verified, notes on 44% of them (stock notes on most
 * unverified ones), pretty-printed with two spaces. Companies are {@code company-000001},
 * {@code company-000002}, ...; they cite a shared sources table of a few thousand entries and frameworks from a
 * fixed list. The same size and seed always give the same bytes ({@link java.util.Random} is specified exactly).
 *
 * <p>Streams its output, so a million companies (about 5 GB) need no more memory than ten.
 */
public final class SyntheticDataset {

    public static final long DEFAULT_SEED = 20261122L;

    private static final int LAST_ADOPTION_YEAR = 2024;
    private static final String[] FRAMEWORKS = {
        "airflow:Apache Airflow", "asyncio:asyncio", "boto3:Boto3", "celery:Celery", "cython:Cython",
        "dask:Dask", "django:Django", "fastapi:FastAPI", "flask:Flask", "gevent:gevent", "grpc:gRPC",
        "hadoop:Hadoop", "jupyter:Jupyter", "keras:Keras", "luigi:Luigi", "matplotlib:Matplotlib", "mypy:mypy",
        "numpy:NumPy", "pandas:pandas", "protobuf:Protocol Buffers", "pyramid:Pyramid", "pyspark:PySpark",
        "pytest:pytest", "pytorch:PyTorch", "requests:Requests", "scikit-learn:scikit-learn", "scipy:SciPy",
        "sqlalchemy:SQLAlchemy", "tensorflow:TensorFlow", "tornado:Tornado", "twisted:Twisted", "zeromq:ZeroMQ",
        "ansible:Ansible", "saltstack:SaltStack", "pylons:Pylons", "cherrypy:CherryPy", "bottle:Bottle",
        "aiohttp:aiohttp", "uvicorn:Uvicorn", "gunicorn:Gunicorn", "pydantic:Pydantic", "polars:Polars",
        "ray:Ray", "xgboost:XGBoost", "lightgbm:LightGBM", "huggingface-transformers:Hugging Face Transformers",
        "streamlit:Streamlit", "dbt:dbt"};
    private static final String[] INDUSTRIES = {
        "Music and audio streaming", "Banking and financial services", "Social media", "E-commerce",
        "Video streaming", "Cloud computing", "Online travel", "Ride hailing and delivery", "Search and advertising",
        "Developer tools", "Payments", "Insurance", "Healthcare", "Biotechnology", "Telecommunications",
        "Automotive", "Aerospace", "Energy", "Logistics", "Gaming", "Education technology", "Media and publishing",
        "Real estate", "Retail", "Cybersecurity", "Semiconductors", "Robotics", "Food delivery",
        "Online marketplaces", "Enterprise software"};
    /** Weighted: half the companies are in the United States, as in the bundled data and beyond. */
    private static final String[] COUNTRIES = {
        "United States", "United States", "United States", "United States", "United States", "United Kingdom",
        "Germany", "France", "Sweden", "Netherlands", "Japan", "India", "Canada", "Brazil", "Australia",
        "Switzerland", "Israel", "Singapore", "Iceland", "Ireland"};
    private static final String[] LANGUAGES = {
        "Java", "Go", "C++", "C", "JavaScript", "TypeScript", "Scala", "Rust", "Kotlin", "Ruby", "PHP", "Erlang",
        "C#", "Swift", "R", "Haskell", "OCaml", "Perl", "Lua", "Elixir"};
    private static final String[] SYLLABLES = {
        "ar", "bel", "cor", "dan", "el", "fen", "gal", "hal", "in", "jor", "kal", "lum", "mer", "nor", "ol",
        "pra", "quin", "ros", "sol", "tam", "ul", "ven", "wex", "xan", "yor", "zel", "bri", "cla", "dra", "fro",
        "gri", "plu", "sta", "tri", "vo", "zen"};
    private static final String[] NAME_ENDINGS = {
        "", " Labs", " Systems", " Technologies", " Bank", " Media", " Networks", " Group", " Analytics",
        " Software", " Health", " Games", " Capital", " Cloud", " Robotics", " Foods", " Mobility", " Energy"};
    private static final String[] FIRST_NAMES = {
        "Alex", "Maria", "Chen", "Priya", "Lars", "Fatima", "João", "Yuki", "Olga", "Kwame", "Sofia", "Ahmed",
        "Elena", "Tom", "Aisha", "Mateo", "Ingrid", "Ravi", "Hana", "Diego"};
    private static final String[] LAST_NAMES = {
        "Smith", "García", "Wang", "Patel", "Johansson", "Khan", "Silva", "Tanaka", "Ivanova", "Mensah",
        "Rossi", "Haddad", "Novak", "Brown", "Okafor", "López", "Berg", "Sharma", "Kim", "Fernández"};
    private static final String[] ROLES = {"CTO", "Staff engineer", "Engineering manager", "Data scientist",
        "Principal engineer", "Head of infrastructure", "Co-founder"};
    private static final String[] WORDS = (
        "python services backend pipeline data teams engineers production scale platform migration code "
        + "million lines latency throughput batch jobs analytics machine learning models training inference "
        + "tooling automation deployment testing infrastructure monitoring open source library framework "
        + "performance reliability developers productivity typed typing checks workflows reports dashboards "
        + "recommendations search ranking fraud detection payments risk trading notebooks research scripts "
        + "internal api web application microservices queue workers async event stream storage warehouse "
        + "cluster cloud kubernetes containers build release review quality security scanning compliance")
        .split(" ");
    /** Unverified facts carry one of a few stock notes, as in the bundled data. */
    private static final String[] STOCK_NOTES = {
        "From general knowledge; not confirmed in any source read this session.",
        "From general knowledge; not confirmed in any source read this session.",
        "From general knowledge; not confirmed in any source read this session.",
        "Claim from the client's starting source documents; not found in any source read this session."};
    private static final String[] PUBLISHERS = {"engineering blog", "conference talk", "case study", "podcast",
        "press article", "annual report", "GitHub README", "python.org success story", "meetup slides", "interview"};

    private final Random random;
    private final int companies;
    private final int sourceCount;
    private final String[] frameworkIds = new String[FRAMEWORKS.length];
    private final String[] frameworkNames = new String[FRAMEWORKS.length];

    private SyntheticDataset(int companies, long seed) {
        this.companies = companies;
        this.random = new Random(seed);
        this.sourceCount = sourceCount(companies);
        for (int i = 0; i < FRAMEWORKS.length; i++) {
            String[] parts = FRAMEWORKS[i].split(":", 2);
            frameworkIds[i] = parts[0];
            frameworkNames[i] = parts[1];
        }
    }

    /** How many documentary sources a dataset of this size has: a few thousand, fewer for tiny ones. */
    public static int sourceCount(int companies) {
        return Math.min(4000, Math.max(100, companies * 3));
    }

    /** Writes {@code companies} companies generated from {@code seed} to {@code out} (not closed). */
    public static void write(int companies, long seed, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        JsonWriter json = new JsonWriter(writer);
        json.setIndent("  ");
        new SyntheticDataset(companies, seed).dataset(json);
        json.flush();
        writer.write('\n');
        writer.flush();
    }

    /** Writes the dataset to a file, replacing it. */
    public static Path write(int companies, long seed, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(companies, seed, out);
        }
        return file;
    }

    /** The dataset in memory; for tests of small sizes. */
    public static byte[] bytes(int companies, long seed) {
        var out = new java.io.ByteArrayOutputStream(companies * 5200 + 700_000);
        try {
            write(companies, seed, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The text of a written dataset with one of its top-level lists that come before the companies ("sources" or
     * "frameworks") moved after them, with {@code prefix} (whole lines, each ending with a comma) put before its
     * elements.
     */
    public static String withListAfterCompanies(String text, String field, String prefix) {
        String[] order = {"sources", "frameworks", "companies"};
        int at = text.indexOf("\n  \"" + field + "\": [\n");
        int next = -1;
        for (int i = java.util.Arrays.asList(order).indexOf(field) + 1; i < order.length && next < 0; i++) {
            next = text.indexOf("\n  \"" + order[i] + "\": [\n");
        }
        if (at < 0 || next < 0 || !text.startsWith("\n  ],", next - 5)) {
            throw new IllegalArgumentException("not a written dataset with \"" + field + "\" before the companies");
        }
        String list = text.substring(at, next - 1); // without the comma after its closing bracket
        String rest = text.substring(0, at) + text.substring(next);
        int end = rest.lastIndexOf("\n  ]") + "\n  ]".length();
        String head = "\n  \"" + field + "\": [\n";
        return rest.substring(0, end) + "," + head + prefix + list.substring(head.length()) + rest.substring(end);
    }

    /** {@code SyntheticDataset COMPANIES FILE [SEED]} writes a dataset file. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticDataset COMPANIES FILE [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0].replace("_", ""));
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Path file = write(n, seed, Path.of(args[1]));
        System.out.printf(Locale.ROOT, "%s: %,d companies, %,d bytes%n", file, n, Files.size(file));
    }

    private void dataset(JsonWriter json) throws IOException {
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("title").value("Synthetic dataset of " + companies + " companies");
        json.name("version").value("0.0.1");
        json.name("description").value("Made-up companies for load and search benchmarks; none of it is true.");
        json.name("licence").value("CC0");
        json.name("asOf").value("2026-01-01");
        json.name("sourcingNotes").beginArray().value("Generated; every source is fictional.").endArray();
        json.name("sources").beginArray();
        json.beginObject().name("id").value("general-knowledge").name("title").value("General knowledge")
                .name("kind").value("general-knowledge").endObject();
        json.beginObject().name("id").value("founding-documents").name("title").value("Founding documents")
                .name("kind").value("founding-document-claim").endObject();
        for (int i = 0; i < sourceCount; i++) {
            source(json, i);
        }
        json.endArray();
        json.name("frameworks").beginArray();
        for (int i = 0; i < FRAMEWORKS.length; i++) {
            json.beginObject().name("id").value(frameworkIds[i]).name("name").value(frameworkNames[i]).endObject();
        }
        json.endArray();
        json.name("companies").beginArray();
        for (int i = 1; i <= companies; i++) {
            new CompanyWriter(json, i).write();
        }
        json.endArray();
        json.endObject();
    }

    private void source(JsonWriter json, int i) throws IOException {
        String host = word() + word() + pick(new String[] {".com", ".org", ".io", ".net", ".dev"});
        String slug = word() + "-" + word() + "-" + word();
        json.beginObject();
        json.name("id").value(sourceId(i));
        json.name("url").value("https://" + host + "/" + (2005 + random.nextInt(20)) + "/" + slug + "/");
        if (random.nextInt(10) < 6) {
            json.name("title").value(capitalise(slug.replace('-', ' ')) + " at scale");
        }
        json.name("publisher").value(host);
        json.name("kind").value(random.nextInt(100) < 45 ? "primary" : "secondary");
        if (random.nextInt(50) == 0) {
            json.name("note").value(pick(PUBLISHERS) + "; " + sentence(6));
        }
        json.endObject();
    }

    private static String sourceId(int i) {
        return String.format(Locale.ROOT, "source-%05d", i);
    }

    /** Writes one company; its facts cite a few sources of its own, as real companies' facts do. */
    private final class CompanyWriter {
        private final JsonWriter json;
        private final int number;
        private final String name;
        private final String[] ownSources;

        CompanyWriter(JsonWriter json, int number) {
            this.json = json;
            this.number = number;
            this.name = companyName();
            this.ownSources = new String[2 + random.nextInt(6)];
            for (int i = 0; i < ownSources.length; i++) {
                ownSources[i] = sourceId(random.nextInt(sourceCount));
            }
        }

        void write() throws IOException {
            json.beginObject();
            json.name("id").value(String.format(Locale.ROOT, "company-%06d", number));
            json.name("name").value(name);
            json.name("industry");
            textFact(pick(INDUSTRIES), null, 70);
            json.name("headquartersCountry");
            textFact(pick(COUNTRIES), null, 100);
            json.name("founded").beginObject().name("year").value(1850 + random.nextInt(172));
            provenance(95);
            json.endObject();
            adoption();
            useCases();
            array("frameworks", 2.5, 11, this::framework);
            array("openSourceProjects", 1.2, 5, () -> textFact(openSourceProject(), null, 45));
            languages();
            array("figures", 2.2, 9, this::figure);
            array("quotes", 1.5, 4, this::quote);
            array("notableFacts", 2.0, 9, () -> textFact(sentence(8 + random.nextInt(6)), maybeAsOf(30), 10));
            json.endObject();
        }

        private void adoption() throws IOException {
            json.name("pythonAdoption").beginObject();
            int year = 1995 + random.nextInt(LAST_ADOPTION_YEAR - 1995);
            json.name("text").value("Python used for " + sentence(3 + random.nextInt(5)) + " since " + year);
            if (random.nextInt(100) < 70) {
                json.name("year").value(year);
                json.name("yearQualifier").value(pick(new String[] {"in", "by", "by", "circa"}));
            }
            provenance(58);
            json.endObject();
        }

        private void useCases() throws IOException {
            UseCase[] all = UseCase.values();
            int n = count(2.0, 5, 1);
            int start = random.nextInt(all.length);
            json.name("useCases").beginArray();
            for (int i = 0; i < n; i++) {
                json.beginObject().name("useCase").value(all[(start + i * 3) % all.length].id());
                provenance(82);
                json.endObject();
            }
            json.endArray();
        }

        private void framework() throws IOException {
            int f = random.nextInt(FRAMEWORKS.length);
            String value = frameworkNames[f] + (random.nextInt(4) == 0 ? " (" + word() + " " + word() + ")" : "");
            json.beginObject().name("value").value(value);
            json.name("frameworkIds").beginArray().value(frameworkIds[f]).endArray();
            provenance(24);
            json.endObject();
        }

        private void languages() throws IOException {
            int n = count(1.2, 6, 0);
            int start = random.nextInt(LANGUAGES.length);
            int shareLeft = 100;
            json.name("otherLanguages").beginArray();
            for (int i = 0; i < n; i++) {
                json.beginObject().name("value").value(LANGUAGES[(start + i) % LANGUAGES.length]);
                if (random.nextInt(8) == 0 && shareLeft > 0) {
                    int share = random.nextInt(shareLeft + 1);
                    shareLeft -= share;
                    json.name("sharePercent").value(share);
                    json.name("asOf").value(Integer.toString(2010 + random.nextInt(15)));
                }
                provenance(38);
                json.endObject();
            }
            json.endArray();
        }

        private void figure() throws IOException {
            json.beginObject();
            int kind = random.nextInt(8);
            if (kind == 0) {
                int pct = random.nextInt(101);
                json.name("value").value("About " + pct + "% of " + word() + " " + word() + " written in Python");
                json.name("metric").value("share-of-" + word() + "-in-python");
                json.name("number").value(pct);
                json.name("unit").value("%");
            } else {
                json.name("value").value(capitalise(sentence(5 + random.nextInt(4))) + " (" + (1000 + random.nextInt(
                        99_000)) + " " + word() + ")");
                if (kind == 1) {
                    json.name("number").value(random.nextInt(1_000_000));
                }
            }
            String asOf = maybeAsOf(75);
            if (asOf != null) {
                json.name("asOf").value(asOf);
            }
            provenance(16);
            json.endObject();
        }

        private void quote() throws IOException {
            json.beginObject();
            json.name("text").value(capitalise(sentence(10 + random.nextInt(9))) + ".");
            json.name("speaker").value(pick(FIRST_NAMES) + " " + pick(LAST_NAMES) + " (" + name + " "
                    + pick(PUBLISHERS) + ", " + (2008 + random.nextInt(17)) + ")");
            if (random.nextInt(3) == 0) {
                json.name("role").value(pick(ROLES));
            }
            json.name("verbatim").value(random.nextInt(10) != 0);
            provenance(15);
            json.endObject();
        }

        private void textFact(String value, String asOf, int notePercent) throws IOException {
            json.beginObject().name("value").value(value);
            if (asOf != null) {
                json.name("asOf").value(asOf);
            }
            provenance(notePercent);
            json.endObject();
        }

        /**
         * Sources, verified and the optional provenance fields; 82% of facts are verified, as in the bundle.
         * {@code notePercent} is the bundle's share of facts of this kind with a note.
         */
        private void provenance(int notePercent) throws IOException {
            boolean verified = random.nextInt(100) < 82;
            json.name("sources").beginArray();
            if (verified) {
                json.value(pick(ownSources));
                if (random.nextInt(20) == 0) {
                    json.value(pick(ownSources));
                }
            } else {
                json.value(random.nextInt(5) == 0 ? "founding-documents" : "general-knowledge");
            }
            json.endArray();
            json.name("verified").value(verified);
            if (random.nextInt(100) < 2) {
                json.name("confidence").value(pick(new String[] {"low", "medium", "high"}));
            }
            if (!verified && random.nextInt(100) < 80) {
                json.name("note").value(pick(STOCK_NOTES));
            } else if (random.nextInt(100) < notePercent * 4 / 5) {
                json.name("note").value(capitalise(sentence(6 + random.nextInt(6))) + ".");
            }
            if (verified && random.nextInt(100) < 8) {
                json.name("seenAt").value("https://web.archive.example/" + word() + "/" + number);
            }
        }

        private void array(String field, double mean, int max, Fact fact) throws IOException {
            int n = count(mean, max, 0);
            json.name(field).beginArray();
            for (int i = 0; i < n; i++) {
                fact.write();
            }
            json.endArray();
        }

        private String openSourceProject() {
            return word() + "-" + word() + " - Python " + pick(new String[] {"library", "tool", "framework"})
                    + " for " + sentence(1 + random.nextInt(4)) + "; open-sourced in " + (2008 + random.nextInt(17));
        }

        private String maybeAsOf(int percent) {
            if (random.nextInt(100) >= percent) {
                return null;
            }
            int year = 2005 + random.nextInt(20);
            return random.nextBoolean() ? Integer.toString(year)
                    : String.format(Locale.ROOT, "%d-%02d", year, 1 + random.nextInt(12));
        }
    }

    @FunctionalInterface
    private interface Fact {
        void write() throws IOException;
    }

    /** A count with the given mean, between {@code min} and {@code max} (Poisson-distributed, then clamped). */
    private int count(double mean, int max, int min) {
        double limit = Math.exp(-mean);
        double p = random.nextDouble();
        int k = 0;
        while (p > limit) {
            k++;
            p *= random.nextDouble();
        }
        return Math.max(min, Math.min(max, k));
    }

    private String companyName() {
        int syllables = 2 + random.nextInt(2);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            sb.append(pick(SYLLABLES));
        }
        return capitalise(sb.toString()) + pick(NAME_ENDINGS);
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder(words * 9);
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(word());
        }
        return sb.toString();
    }

    private String word() {
        return pick(WORDS);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
