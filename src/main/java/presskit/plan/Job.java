package presskit.plan;

import presskit.channel.Channel;
import presskit.kit.OutputId;
import presskit.kit.OutputKind;

/**
 * One output to render: which template, with which model, to which file.
 *
 * @param id the output id
 * @param kind what the output is
 * @param path the file relative to {@code out/<year>/}
 * @param template the template name below {@code templates/}
 * @param model what the template sees: a {@link PostView} or {@link DocumentView}
 * @param channel the channel a post is fitted to, or null for documents
 * @param example whether the output comes from example data
 * @param fallback the view to render instead when the post does not fit in one part (the chair
 *     tagged in the post, the other politicians in a reply); null when there is none
 * @param frames a local post's views with stand-ins for the politicians, for the page; null for
 *     other outputs
 */
record Job(
        OutputId id,
        OutputKind kind,
        String path,
        String template,
        Record model,
        Channel channel,
        boolean example,
        Record fallback,
        Frames frames) {

    /**
     * The views of a local post that the page completes with the politicians entered there (see
     * {@link presskit.kit.PostFrame}).
     */
    record Frames(String committee, PostView bare, PostView tagged, PostView replied) {}
}
