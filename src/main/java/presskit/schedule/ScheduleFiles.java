package presskit.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import presskit.channel.BulkScheduler;
import presskit.channel.Network;

/**
 * The plan as a bulk scheduler's import files: one per network the scheduler posts to (a file's
 * rows all go to the profile picked at upload), rows in order of time, a thread as its first part.
 * The organisation has one account per network, so one file per network is one per profile.
 */
public final class ScheduleFiles {

    private ScheduleFiles() {}

    /**
     * The files, in the order people reach for the networks (X first); none for a plan without any.
     */
    public static List<ScheduleFile> of(BulkScheduler scheduler, List<ScheduledPost> posts) {
        List<ScheduleFile> files = new ArrayList<>();
        for (Network network : Network.byUse()) {
            if (!network.bulkSchedulers().contains(scheduler)) {
                continue;
            }
            List<ScheduledPost> rows =
                    posts.stream()
                            .filter(p -> p.channel().equals(network.id()))
                            .sorted(
                                    Comparator.comparing(ScheduledPost::at)
                                            .thenComparing(ScheduledPost::outputId))
                            .toList();
            if (!rows.isEmpty()) {
                String content =
                        scheduler == BulkScheduler.HOOTSUITE
                                ? HootsuiteCsv.of(rows)
                                : BufferCsv.of(rows);
                files.add(new ScheduleFile(scheduler, network, rows, content));
            }
        }
        return files;
    }

    /** The planned posts for networks the scheduler does not post to, in order of time. */
    public static List<ScheduledPost> leftOut(BulkScheduler scheduler, List<ScheduledPost> posts) {
        return posts.stream()
                .filter(
                        p ->
                                Network.find(p.channel())
                                        .map(n -> !n.bulkSchedulers().contains(scheduler))
                                        .orElse(true))
                .toList();
    }
}
