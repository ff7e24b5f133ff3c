package presskit.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import presskit.diagnostic.Diagnostic;
import presskit.diagnostic.DiagnosticException;
import presskit.diagnostic.Diagnostics;
import presskit.model.Branch;
import presskit.model.Campaign;
import presskit.model.CampaignYear;
import presskit.model.ChannelSettings;
import presskit.model.Logo;
import presskit.model.Organisation;
import presskit.model.PressImage;
import presskit.model.Sweden;
import presskit.source.BranchCheck;
import presskit.source.LoadedCampaign;
import presskit.source.OrganisationCheck;
import presskit.source.SourceFiles;
import presskit.source.SourceMap;

/**
 * Loads {@code messages/}: the organisation and one report year, each read safely, checked against
 * its schema and cross-checked, with every problem reported before failing once.
 */
public final class CampaignLoader {

    private static final Pattern YEAR_FILE = Pattern.compile("(\\d{4})\\.yaml");

    private final Path messages;
    private final BranchCheck branchCheck;
    private final OrganisationCheck organisationCheck;
    private final YamlReader reader = new YamlReader();
    private final SchemaCheck schemas = new SchemaCheck();

    /** A loader of {@code messages} that checks nothing beyond the files themselves. */
    public CampaignLoader(Path messages) {
        this(messages, BranchCheck.NONE);
    }

    /** A loader of {@code messages} that runs {@code branchCheck} on every branch file it reads. */
    public CampaignLoader(Path messages, BranchCheck branchCheck) {
        this(messages, branchCheck, OrganisationCheck.NONE);
    }

    /**
     * A loader of {@code messages} that runs {@code branchCheck} on every branch file it reads and
     * {@code organisationCheck} on the organisation.
     */
    public CampaignLoader(
            Path messages, BranchCheck branchCheck, OrganisationCheck organisationCheck) {
        this.messages = messages;
        this.branchCheck = branchCheck;
        this.organisationCheck = organisationCheck;
    }

    /** The report years present, oldest first. */
    public List<Integer> years() {
        if (!Files.isDirectory(messages)) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(messages),
                            0,
                            0,
                            "",
                            "the messages folder does not exist; run presskit from the campaign's folder or pass --messages DIR"));
        }
        try (Stream<Path> files = Files.list(messages)) {
            return files.map(p -> YEAR_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(messages),
                            0,
                            0,
                            "",
                            "cannot list: " + e.getMessage()));
        }
    }

    /** Loads the given year, or the newest when {@code year} is null. */
    public LoadedCampaign load(Optional<Integer> chosenYear) {
        Integer year = chosenYear.orElse(null);
        List<Integer> years = years();
        if (years.isEmpty()) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(messages),
                            0,
                            0,
                            "",
                            "no report year found; expected a file such as 2023.yaml"));
        }
        int chosen = year != null ? year : years.get(years.size() - 1);
        if (!years.contains(chosen)) {
            throw new DiagnosticException(
                    Diagnostic.error(
                            SourceFiles.display(messages.resolve(chosen + ".yaml")),
                            0,
                            0,
                            "",
                            "no data for " + chosen + "; years available: " + years));
        }
        Diagnostics problems = new Diagnostics();
        Optional<YamlReader.Document> org =
                document(
                        messages.resolve("organisation.yaml"),
                        "organisation.schema.json",
                        problems);
        Optional<YamlReader.Document> yr =
                document(messages.resolve(chosen + ".yaml"), "year.schema.json", problems);
        Path channelsFile = messages.resolve("channels.yaml");
        Optional<YamlReader.Document> ch =
                Files.exists(channelsFile)
                        ? document(channelsFile, "channels.schema.json", problems)
                        : Optional.empty();
        GeographyLoader geography = new GeographyLoader(this::document, branchCheck);
        Sweden sweden = geography.sweden(messages.resolve("sweden.yaml"), problems);
        Map<String, Branch> branches =
                geography.branches(messages.resolve("branches"), sweden, problems);
        Optional<Logo> logo =
                org.flatMap(
                        d ->
                                LogoFile.read(
                                        messages,
                                        d.root().path(LogoFile.FIELD).textValue(),
                                        d.sources(),
                                        problems));
        List<PressImage> organisationImages =
                org.map(d -> PressImageFiles.read(messages, d.root(), d.sources(), problems))
                        .orElseGet(List::of);
        List<PressImage> yearImages =
                yr.map(d -> PressImageFiles.read(messages, d.root(), d.sources(), problems))
                        .orElseGet(List::of);
        problems.throwIfErrors();
        Organisation organisation =
                Binder.organisation(
                        org.orElseThrow().root(), logo.orElse(null), organisationImages);
        CampaignYear campaignYear = Binder.year(yr.orElseThrow().root(), organisation, yearImages);
        SourceMap yearSources = yr.get().sources();
        problems.addAll(new CrossCheck(yearSources).check(campaignYear, chosen));
        problems.addAll(
                PlaceholderCheck.check(
                        yr.get().root(),
                        campaignYear,
                        yearSources,
                        lines(messages.resolve(chosen + ".yaml"))));
        problems.addAll(LinkAddresses.check(organisation, org.get().sources()));
        problems.addAll(organisationCheck.check(organisation, org.get().sources()));
        problems.addAll(LinkAddresses.check(campaignYear, yearSources));
        problems.addAll(RegionCodes.check(campaignYear, sweden, yearSources));
        problems.addAll(FigureValues.check(campaignYear, yearSources));
        problems.throwIfErrors();
        Map<String, ChannelSettings> channelSettings =
                ch.map(d -> Binder.channelSettings(d.root())).orElseGet(Map::of);
        SourceMap channelSources =
                ch.map(YamlReader.Document::sources)
                        .orElseGet(() -> new SourceMap(SourceFiles.display(channelsFile)));
        return new LoadedCampaign(
                new Campaign(organisation, campaignYear, sweden, branches),
                org.get().sources(),
                yearSources,
                channelSettings,
                channelSources);
    }

    /** The file's lines, already read once as valid UTF-8; none if it cannot be read again. */
    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * The API prices {@code channels.yaml} sets for a network ({@code prices: {post,
     * post_with_link}}, in US dollars), checked against its schema; empty without the file or the
     * setting, so the network's own defaults hold.
     *
     * @throws DiagnosticException when channels.yaml is not valid
     */
    public Map<String, BigDecimal> prices(String networkId) {
        Path file = messages.resolve("channels.yaml");
        if (!Files.exists(file)) {
            return Map.of();
        }
        Diagnostics problems = new Diagnostics();
        Optional<YamlReader.Document> doc = document(file, "channels.schema.json", problems);
        problems.throwIfErrors();
        JsonNode prices = doc.orElseThrow().root().path(networkId).path("prices");
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        prices.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().decimalValue()));
        return out;
    }

    private Optional<YamlReader.Document> document(Path file, String schema, Diagnostics problems) {
        String shown = SourceFiles.display(file);
        if (!Files.isRegularFile(file)) {
            problems.add(Diagnostic.error(shown, 0, 0, "", "file is missing"));
            return Optional.empty();
        }
        try {
            YamlReader.Document doc = reader.read(shown, bytes(shown, file));
            List<Diagnostic> found =
                    firstPerField(
                            TextCheck.characters(doc),
                            schemas.check(doc, schema),
                            TextCheck.lengths(doc));
            found.sort(Comparator.comparingInt(Diagnostic::line));
            problems.addAll(found);
            return found.isEmpty() ? Optional.of(doc) : Optional.empty();
        } catch (DiagnosticException e) {
            problems.addAll(e.diagnostics());
        } catch (IOException e) {
            problems.add(Diagnostic.error(shown, 0, 0, "", "cannot read: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /**
     * The file's bytes, its size checked before anything is read, and never more read than the
     * reader accepts, even from a file that grows meanwhile.
     */
    private static byte[] bytes(String shown, Path file) throws IOException {
        long size = Files.size(file);
        if (size > YamlReader.MAX_BYTES) {
            throw YamlReader.tooLarge(shown, size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(YamlReader.MAX_BYTES + 1);
        }
    }

    /**
     * The diagnostics of several checks of one file, a field named by an earlier check left out of
     * the later ones: a text with a control character is not also too long, a field the schema
     * bounds is not also over the general bound.
     */
    @SafeVarargs
    private static List<Diagnostic> firstPerField(List<Diagnostic>... checks) {
        List<Diagnostic> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (List<Diagnostic> check : checks) {
            List<Diagnostic> kept = check.stream().filter(d -> !named.contains(d.field())).toList();
            kept.forEach(d -> named.add(d.field()));
            out.addAll(kept);
        }
        return out;
    }
}
