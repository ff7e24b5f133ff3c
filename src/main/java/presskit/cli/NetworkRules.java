package presskit.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import presskit.channel.MentionPolicy;
import presskit.channel.Network;
import presskit.channel.PostPrices;
import presskit.load.CampaignLoader;
import presskit.publish.DryRunReport;
import presskit.publish.PlannedPost;

/**
 * What a network's rules and prices mean for one {@code publish} run, decided from the network's
 * type before anything is sent: the cost a dry run shows, and whether a municipality's posts
 * that @-mention people may go out from the organisation's account.
 */
final class NetworkRules {

    private final Network network;

    NetworkRules(Network network) {
        this.network = network;
    }

    /**
     * The network's API prices, as {@code channels.yaml} sets them under {@code <network>.prices},
     * else the network's own; empty where posting is free.
     */
    Optional<PostPrices> prices(Path messages) {
        return network.prices()
                .map(
                        defaults -> {
                            Map<String, BigDecimal> set =
                                    new CampaignLoader(messages).prices(network.id());
                            return new PostPrices(
                                    set.getOrDefault("post", defaults.post()),
                                    set.getOrDefault("post_with_link", defaults.postWithLink()));
                        });
    }

    /** The dry run's cost line, for a network whose API is paid. */
    DryRunReport costing(DryRunReport report, Path messages) {
        prices(messages)
                .ifPresent(
                        prices ->
                                report.costing(
                                        text -> network.cost(text, prices),
                                        DryRunReport.dollars(prices.post())
                                                + " a post, "
                                                + DryRunReport.dollars(prices.postWithLink())
                                                + " a post with a link; channels.yaml "
                                                + network.id()
                                                + ".prices sets them"));
        return report;
    }

    /**
     * Checks a municipality's posts for @-mentions of people (the committee's politicians, as the
     * local post tags them). Where the network's rules forbid unsolicited mentions through the API
     * (X), a live run is refused and the dry run says it would be, each with the share links the
     * branch can post from its own account instead; elsewhere a one-line warning is printed.
     *
     * @throws CommandFailure (exit 1) for a live run the network's rules forbid
     */
    void checkMentions(
            Optional<String> variant, List<PlannedPost> posts, boolean live, PrintWriter stderr) {
        if (variant.isEmpty() || !variant.get().matches("\\d{4}")) {
            return;
        }
        Set<String> mentioned = new LinkedHashSet<>();
        List<String> links = new ArrayList<>();
        for (PlannedPost post : posts) {
            for (PlannedPost.Part part : post.parts()) {
                List<String> found =
                        network.mentions().map(m -> m.extract(part.text())).orElse(List.of());
                if (found.isEmpty()) {
                    continue;
                }
                mentioned.addAll(found);
                network.composer(Optional.empty())
                        .flatMap(c -> c.open(part.text()))
                        .ifPresent(link -> links.add("  " + post.label(part) + ": " + link));
            }
        }
        if (mentioned.isEmpty()) {
            return;
        }
        String who = String.join(", ", mentioned);
        if (network.mentionPolicy() == MentionPolicy.WARNED) {
            stderr.println(
                    "presskit: warning: posts of "
                            + variant.get()
                            + " mention "
                            + who
                            + "; unsolicited mentions of people who did not ask for them may be reported as spam.");
            return;
        }
        String refusal =
                "the posts of "
                        + variant.get()
                        + " mention "
                        + who
                        + ", and "
                        + network.name()
                        + "'s developer rules forbid unsolicited @mentions from an app (\"No"
                        + " unsolicited @mentions\"), so presskit does not post them from the"
                        + " organisation's account. Let the branch post them from its own account"
                        + " with these links (a thread's further parts as replies to the one"
                        + " before):\n"
                        + String.join("\n", links);
        if (live) {
            throw new CommandFailure(ExitCode.FINDINGS, refusal);
        }
        stderr.println("presskit: a live run would refuse: " + refusal);
    }
}
